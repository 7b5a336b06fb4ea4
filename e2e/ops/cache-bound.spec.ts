import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { sendFrom } from "../support/loopback-http";

// One more instance of the built app, on a copy of the build, so the cache it
// writes is all its own to measure (other tests' servers write to .next).
const PORT = Number(process.env.E2E_OPS_PORT_C ?? 3208);
const SOURCE = process.env.NEXT_DIST_DIR || ".next";
const DIST = ".next-cache-bound";
const BOUND_MB = 4;
const QUERIES = 5_000;
const PARALLEL = 24;

let app: AppInstance;

/** Bytes under `dir` (0 when it does not exist). */
function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}
// Where Next's cache handler writes: pages and routes under server/route-cache (server/app before Next 16's route
// cache keys: counting only that, this test once measured 0.02 MB of growth whatever the pages did), data under cache/fetch-cache.
const cacheBytes = () =>
  bytesUnder(join(DIST, "server", "route-cache")) +
  bytesUnder(join(DIST, "server", "app")) +
  bytesUnder(join(DIST, "cache", "fetch-cache"));

const letters = "abcdefghijklmnopqrstuvwxyz";
const random = (n: number) => Array.from({ length: n }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
// Some with a real word in them, so that many find something and are worth caching: the bound must still hold.
const words = ["tea", "mug", "pan", "cup", "oak", "silk", "wool", "lamp", "bag", "jar"];
const query = (i: number) => (i % 2 ? `${words[i % words.length]} ${random(3)}` : random(2 + (i % 5)));

/** 5,000 distinct anonymous requests: suggestions mostly (cheap, as a loop would send), a tenth searches, a tenth unknown product slugs. */
function urls(): string[] {
  return Array.from({ length: QUERIES }, (_, i) => {
    const q = encodeURIComponent(`${query(i)}${i}`);
    if (i % 10 === 0) return `/p/${random(8)}-${i}`;
    if (i % 10 === 1) return `/search?q=${q}`;
    return `/api/search/suggest?q=${q}`;
  });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(DIST, { recursive: true, force: true });
  // The build without its own caches (the compiler's, and pages cached by earlier runs) nor the standalone artefact.
  const skipped = [join(SOURCE, "cache"), join(SOURCE, "standalone")];
  cpSync(SOURCE, DIST, { recursive: true, filter: (src) => !skipped.some((dir) => src.startsWith(dir)) });
  app = await startAppInstance(PORT, { NEXT_DIST_DIR: DIST, CACHE_MAX_DISK_MB: String(BOUND_MB), CATALOG_CACHE_SECONDS: "3600" });
});

test.afterAll(async () => {
  await app?.stop();
  rmSync(DIST, { recursive: true, force: true });
});

test(`${QUERIES} random searches, suggestions and unknown slugs keep the cache on disk under CACHE_MAX_DISK_MB`, async () => {
  // 5,000 real requests: about 1 min on a quiet developer machine, 3 min under heavy load; the budget allows a day 3× slower still.
  test.setTimeout(900_000);
  const before = cacheBytes();
  const list = urls();
  const statuses = new Map<number, number>();
  let next = 0;
  // Each worker is its own client (a loopback address of its own), as a crowd would be, so the per-client
  // rate limits (suggestions 300 a minute) let the requests through to the cache rather than answering 429.
  const worker = async (w: number) => {
    while (next < list.length) {
      const url = list[next++]!;
      const response = await sendFrom(`127.88.${w + 1}.7`, app.url, "GET", url);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, (_, w) => worker(w)));

  // Answered, never a server error.
  expect(
    [...statuses.keys()].every((s) => s === 200 || s === 404),
    JSON.stringify([...statuses]),
  ).toBe(true);
  const grown = cacheBytes() - before;
  console.log(
    `[cache-bound] ${QUERIES} requests ${JSON.stringify([...statuses])}: cache on disk grew ${(grown / 1048576).toFixed(2)} MB (bound ${BOUND_MB} MB)`,
  );
  // The bound counts the values written; files add a little (metadata), hence the 10%.
  expect(grown).toBeLessThan(BOUND_MB * 1024 * 1024 * 1.1);
});
