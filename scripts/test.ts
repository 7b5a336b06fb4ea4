/**
 * `npm test`: unit and integration tests (Vitest, fresh database), then a
 * production build and the browser tests (Playwright in Chromium, another
 * fresh database). Ends with one line: "N passed, N failed".
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolveServer } from "../db/bootstrap";
import { createTestDatabase } from "../db/testing";
import { formatFailures, playwrightFailures, vitestFailures } from "./failed-tests";
import { formatSlowest, playwrightTimings, vitestTimings } from "./slowest-tests";
import { readJson } from "./test-reports";

// Next (build and start) and every child inherit this: no script sends anything anywhere.
process.env.NEXT_TELEMETRY_DISABLED = "1";

type Tally = { passed: number; failed: number; skipped: number };

const onlyE2e = process.argv.includes("--e2e");
const onlyUnit = process.argv.includes("--unit");
// Anything else (test files, -g "name") goes to the runner: `npm run test:e2e -- e2e/admin/orders.spec.ts`.
const passThrough = process.argv.slice(2).filter((a) => a !== "--e2e" && a !== "--unit");

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** ESLint and Prettier over the tree: a finding fails the run like a failed test. */
async function lint(): Promise<Tally> {
  const code = await run("npm", ["run", "--silent", "lint"]);
  return code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

/** The machine's Redis, if one answers on the usual port: the Redis tests then use the real thing (REDIS_URL wins). */
async function localRedis(): Promise<string | undefined> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const { createConnection } = await import("node:net");
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: 6379 });
    const done = (url?: string) => {
      socket.destroy();
      resolve(url);
    };
    socket.setTimeout(1_000, () => done());
    socket.on("error", () => done());
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => done(d.toString().startsWith("+PONG") ? "redis://127.0.0.1:6379" : undefined));
  });
}

async function vitest(): Promise<Tally> {
  const out = "test-results/vitest.json";
  const redis = await localRedis();
  console.log(redis ? `Redis tests use ${redis}.` : "No Redis answers on 127.0.0.1:6379: the Redis tests are skipped.");
  const code = await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...passThrough], {
    ...(redis ? { TEST_REDIS_URL: redis } : {}),
  });
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(out);
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

async function playwright(): Promise<Tally> {
  if (!process.env.SKIP_BUILD) {
    // `npm run build`: next build, then the standalone artefact is completed (e2e/ops/standalone.spec.ts runs it).
    const built = await run("npm", ["run", "--silent", "build"]);
    if (built !== 0) return { passed: 0, failed: 1, skipped: 0 };
  }
  const database = await createTestDatabase("e2e");
  try {
    const redis = await localRedis();
    const code = await run("npx", ["playwright", "test", ...passThrough], {
      E2E_DATABASE_URL: database.url,
      ...(redis ? { TEST_REDIS_URL: redis } : {}),
    });
    const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>("test-results/e2e.json");
    if (!r) return { passed: 0, failed: 1, skipped: 0 };
    const { expected, unexpected, flaky, skipped } = r.stats;
    return { passed: expected + flaky, failed: unexpected + (code !== 0 && unexpected === 0 ? 1 : 0), skipped };
  } finally {
    await database.drop();
  }
}

mkdirSync("test-results", { recursive: true });
// Start (or find) the database server once, so the runners below share it.
const server = await resolveServer();
const tallies: [string, Tally][] = [];
try {
  // Lint first, so a finding shows before the long suites; a run of chosen test files skips it.
  if (passThrough.length === 0) tallies.push(["lint and format", await lint()]);
  if (!onlyE2e) tallies.push(["unit + integration", await vitest()]);
  if (!onlyUnit) tallies.push(["browser", await playwright()]);
} finally {
  await server.stop();
}

const total = tallies.reduce((t, [, x]) => ({ passed: t.passed + x.passed, failed: t.failed + x.failed, skipped: t.skipped + x.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
const timings = [
  ...(onlyE2e ? [] : vitestTimings("test-results/vitest.json")),
  ...(onlyUnit ? [] : playwrightTimings("test-results/e2e.json")),
];
if (timings.length > 0) console.log(`\n── Ten slowest tests ──\n${formatSlowest(timings)}`);
const failures = [
  ...(onlyE2e ? [] : vitestFailures("test-results/vitest.json")),
  ...(onlyUnit ? [] : playwrightFailures("test-results/e2e.json")),
];
if (failures.length > 0) console.log(`\n── Failed, and passed only on retry ──\n${formatFailures(failures)}`);
console.log("\n── Test summary ──");
for (const [name, t] of tallies) console.log(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
const line = `${total.passed} passed, ${total.failed} failed`;
writeFileSync("test-results/summary.txt", `${line}\n`);
console.log(line);
process.exit(total.failed > 0 ? 1 : 0);
