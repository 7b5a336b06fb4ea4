import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export type AppInstance = {
  url: string;
  stop: () => Promise<void>;
  /** The `next start` process: its id, and its exit code once it exits (null: killed by a signal). */
  pid: number;
  exited: Promise<number | null>;
  /** What it printed so far (the last 200 chunks). */
  output: () => string;
};

const running = new Set<ChildProcess>();
// If the runner exits without afterAll (crash, Ctrl-C), take the servers with it.
process.once("exit", () => {
  for (const child of running) killTree(child, "SIGKILL");
});

function killTree(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal); // its own process group: next start and its server child
  } catch {
    /* already gone */
  }
}

/** The built app's standalone folder (`npm run build` completes it with the static assets). */
export const STANDALONE_DIR = `${process.env.NEXT_DIST_DIR || ".next"}/standalone`;

/**
 * Starts one more `next start` of the built app on `port`, against the browser
 * tests' database, and waits (with a deadline) until /api/health answers.
 * `server: { standalone: dir }` starts `node <dir>/server.js` instead (the Dockerfile's artefact, see
 * STANDALONE_DIR; it takes its port and address from PORT and HOSTNAME, and runs from its own folder).
 */
export async function startAppInstance(
  port: number,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  server: "next-start" | { standalone: string } = "next-start",
): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  if (
    await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is already serving`);
  const output: string[] = [];
  const [command, args] =
    server !== "next-start"
      ? [process.execPath, [join(server.standalone, "server.js")]]
      : ["node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"]];
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      SITE_URL: url,
      NODE_ENV: "production",
      PAYMENT_PROVIDER: "test", // a production server takes test payments only when told to
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_POOL_MAX: "4",
      ADMIN_MFA: "optional",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXT_MANUAL_SIG_HANDLE: "1", // as `npm start`: SIGTERM drains (lib/ops/shutdown.ts)
      NODE_OPTIONS: `--max-old-space-size=192 ${process.env.NODE_OPTIONS ?? ""}`.trim(), // as `npm start` and the Dockerfile
      ...env,
    },
  });
  running.add(child);
  const keep = (chunk: Buffer) => output.push(chunk.toString()) > 200 && output.shift();
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    killTree(child, "SIGTERM");
    const timer = setTimeout(() => killTree(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop, pid: child.pid!, exited, output: () => output.join("") };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(
    `${server === "next-start" ? "next start" : "the standalone server"} on port ${port} did not become healthy:\n${output.join("")}`,
  );
}
