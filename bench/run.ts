/**
 * `npm run bench`: production build, a large catalog in a scratch database,
 * the standalone server (as `npm start` and the Docker image run it), then autocannon per page (requests/s and p50/p95/p99), then
 * shoppers adding to cart and checking out (bench/shoppers.ts): orders per
 * second and a check that no stock was oversold; then a flash-sale burst
 * (bench/flash-sale.ts): N shoppers at once for 20 units.
 *
 *   npm run bench -- --products 100000 --duration 15 --connections 32 --shoppers 16 --flash-shoppers 500
 *     [--no-build] [--keep] [--reuse] [--no-pages] [--no-shoppers] [--no-flash] [--next-start]
 *   --keep leaves the scratch database; --reuse benchmarks the one a --keep run left;
 *   --next-start serves the same build with `next start` instead, to compare.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { createDatabaseIfMissing, resolveServer } from "../db/bootstrap";
import { databaseUrl } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { seedCatalog } from "../db/seed";
import { rssMb, run, startNextServer, trackPeakRss, waitForHealth } from "./processes";
import {
  describeFlashSaleResults,
  describeShopperResults,
  type FlashSaleResults,
  runFlashSaleBench,
  runShopperBench,
  type ShopperResults,
} from "./shopper-bench";
import { describeRecommendationResults, type RecommendationResults, runRecommendationsBench } from "./recommendations-bench";
import { percentile, round1 } from "./stats";

// Next (build and start) and every child inherit this: nothing is sent anywhere.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { values: args } = parseArgs({
  options: {
    products: { type: "string", default: "100000" },
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3200" },
    shoppers: { type: "string", default: "16" },
    "flash-shoppers": { type: "string", default: "500" },
    "no-pages": { type: "boolean", default: false },
    "no-shoppers": { type: "boolean", default: false },
    "no-flash": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "next-start": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    // Order lines seeded for the recommendations' figures; --no-recs skips them, --recs-only runs nothing else (no build, no server).
    "order-lines": { type: "string", default: "1000000" },
    "no-recs": { type: "boolean", default: false },
    "recs-only": { type: "boolean", default: false },
  },
});
const PRODUCTS = Number(args.products);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const PORT = Number(args.port);
const SHOPPERS = Number(args.shoppers);
const FLASH_SHOPPERS = Number(args["flash-shoppers"]);
const BASE = `http://127.0.0.1:${PORT}`;
const DB_NAME = "mercato_bench";
// Its own build folder (see next.config.ts), so the tests never see the bench's cached pages.
const DIST_DIR = ".next-bench";
const STATIC_REFERENCE = "static file (reference)";

type Scenario = { name: string; target: string; paths: string[] };
type Result = {
  name: string;
  target: string;
  urls: number;
  coldP50: number;
  coldP95: number;
  /** Passes over the URLs until none answered STALE or MISS, and how many still did after the last. */
  settled: { passes: number; unsettled: number };
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

/** Visits every URL once, 4 at a time: what a first visitor waits for (cold caches). */
async function firstVisits(paths: string[]) {
  const times: number[] = [];
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const started = performance.now();
        await fetch(BASE + path).then((r) => r.arrayBuffer());
        times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) };
}

/**
 * Visits every URL again (8 at a time) until none answers STALE or MISS (at most 6 passes or 3
 * minutes): cached pages live 60 s, and on a slow day the first visits of a large URL set take
 * longer than that, so without this the steady state would also time the background re-renders
 * of the entries that went stale meanwhile (a hot shop re-renders a page once a minute, not once
 * per visit). Pages rendered per request (no x-nextjs-cache header) count as settled.
 */
async function settle(paths: string[]): Promise<{ passes: number; unsettled: number }> {
  const until = Date.now() + 180_000;
  let unsettled = paths.length;
  let passes = 0;
  while (unsettled > 0 && passes < 6 && Date.now() < until) {
    passes++;
    unsettled = 0;
    const queue = [...paths];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let path = queue.shift(); path; path = queue.shift()) {
          const res = await fetch(BASE + path);
          await res.arrayBuffer();
          const cache = res.headers.get("x-nextjs-cache");
          if (cache === "STALE" || cache === "MISS") unsettled++;
        }
      }),
    );
    // A STALE answer started a re-render in the background: give it time before the next pass.
    if (unsettled > 0) await new Promise((r) => setTimeout(r, 2_000));
  }
  return { passes, unsettled };
}

/**
 * The URLs as many shoppers ask for them: each request carries one of CLIENTS addresses in
 * X-Forwarded-For (the server trusts one proxy hop here), so the per-client rate limits count
 * as they would for a crowd, not for one client sending hundreds of requests a second.
 */
const CLIENTS = 512;
function asShoppers(paths: string[]) {
  const rounds = Math.max(1, Math.ceil(CLIENTS / paths.length));
  return Array.from({ length: rounds * paths.length }, (_, i) => ({
    method: "GET" as const,
    path: paths[i % paths.length]!,
    headers: { "x-forwarded-for": `10.9.${Math.floor((i % CLIENTS) / 256)}.${i % 256}` },
  }));
}

async function measure(s: Scenario, duration: number): Promise<Omit<Result, "urls" | "coldP50" | "coldP95" | "settled">> {
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: BASE, connections: CONNECTIONS, duration, requests: asShoppers(s.paths) }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status < 200 || status >= 300) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    name: s.name,
    target: s.target,
    requests: times.length,
    rps: round1(times.length / duration),
    p50: round1(percentile(times, 50)),
    p95: round1(percentile(times, 95)),
    p99: round1(percentile(times, 99)),
    errors: result.errors + result.timeouts,
    non2xx,
  };
}

async function scenarios(url: string): Promise<Scenario[]> {
  const sql = postgres(url, { max: 1 });
  try {
    const products = await sql<{ slug: string }[]>`select slug from products where status = 'active' order by random() limit 2000`;
    const categories = await sql<{ slug: string }[]>`select slug from categories`;
    const sorts = ["popular", "newest", "price-asc", "price-desc"];
    const categoryPaths = categories.flatMap((c) =>
      [1, 2, 3, 5].flatMap((page) => sorts.map((sort) => `/c/${c.slug}?sort=${sort}&page=${page}`)),
    );
    const words = [
      "wireless",
      "linen",
      "wool",
      "ceramic",
      "running",
      "organic",
      "shirt",
      "tea",
      "lamp",
      "headphones",
      "headphnes",
      "jacket",
      "mug",
      "book",
      "bag",
      "茶",
      "耳机",
      "cotton",
      "leather",
      "travel",
    ];
    // Filtered listings are rendered per request (not cached as HTML): measured apart.
    const filters = ["min=10&max=80", "instock=1", "opt.Color=Black", "opt.Size=M&instock=1", "min=50&sort=price-asc"];
    const filteredPaths = categories.flatMap((c) => filters.map((f) => `/c/${c.slug}?${f}`));
    const searchPaths = words.flatMap((w) =>
      ["", "&sort=price-asc", "&page=2"].map((extra) => `/search?q=${encodeURIComponent(w)}${extra}`),
    );
    const prefixes = words.flatMap((w) => [w.slice(0, 2), w.slice(0, 3), w.slice(0, 4), w]).filter((p, i, a) => a.indexOf(p) === i);
    // The same server's floor, for comparing runs on machines of different speed: req/s ÷ this.
    const chunk = readdirSync(`${DIST_DIR}/static/chunks`).find((f) => f.endsWith(".js"));
    return [
      { name: STATIC_REFERENCE, target: "-", paths: [`/_next/static/chunks/${chunk}`] },
      { name: "home", target: "-", paths: ["/"] },
      { name: "category", target: "p95 ≤ 50 ms", paths: categoryPaths },
      { name: "category, filtered", target: "p95 ≤ 100 ms", paths: filteredPaths },
      { name: "product", target: "p95 ≤ 30 ms", paths: products.map((p) => `/p/${p.slug}`) },
      { name: "search", target: "p95 ≤ 60 ms", paths: searchPaths },
      { name: "suggestions", target: "p95 ≤ 25 ms", paths: prefixes.map((p) => `/api/search/suggest?q=${encodeURIComponent(p)}`) },
    ];
  } finally {
    await sql.end();
  }
}

const server = await resolveServer();
let next: ChildProcess | undefined;
try {
  const url = databaseUrl(server.adminUrl, DB_NAME);
  let seedSeconds = 0;
  if (!args.reuse) {
    const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${DB_NAME}" with (force)`);
    await admin.end();
    await createDatabaseIfMissing(server.adminUrl, DB_NAME);
    await runMigrations(url);
    console.log(`[bench] seeding ${PRODUCTS} products…`);
    const seedStart = Date.now();
    await seedCatalog(url, { products: PRODUCTS });
    seedSeconds = (Date.now() - seedStart) / 1000;
  } else {
    await runMigrations(url);
  }

  // Before the server starts: its jobs' sweep would otherwise count the seeded orders' pairs meanwhile.
  let recs: RecommendationResults | undefined;
  if (!args["no-recs"]) {
    console.log(`[bench] recommendations: ${Number(args["order-lines"]).toLocaleString("en-US")} order lines, pairs, queries…`);
    mkdirSync("bench/results", { recursive: true });
    recs = await runRecommendationsBench({ databaseUrl: url, lines: Number(args["order-lines"]) });
    console.log(`\n${describeRecommendationResults(recs).join("\n")}\n`);
  }
  if (!args["recs-only"]) {
    // next build, then the static files copied into the standalone server's folder (package.json "build").
    if (!args["no-build"]) await run("npm", ["run", "--silent", "build"], { NEXT_DIST_DIR: DIST_DIR });

    mkdirSync("bench/results", { recursive: true });
    // The test gateway's webhooks are signed with this; the shoppers' process signs with it too.
    const payments = { PAYMENT_PROVIDER: "test", TEST_GATEWAY_SECRET: randomBytes(24).toString("base64url") };
    next = await startNextServer(
      PORT,
      "bench/results/server.log",
      {
        DATABASE_URL: url,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "20",
        // The measured requests say which shopper they come from (asShoppers), as a load balancer would.
        TRUSTED_PROXY_HOPS: "1",
        ...payments,
      },
      { distDir: DIST_DIR, nextStart: args["next-start"] },
    );
    await waitForHealth(BASE);
    const idleRss = rssMb(next.pid);
    const rss = trackPeakRss(next.pid); // the budget holds through the whole run, not only at its end
    const list = args["no-pages"] ? [] : await scenarios(url);

    const results: Result[] = [];
    for (const s of list) {
      rss.phase(s.name);
      const cold = await firstVisits(s.paths);
      const settled = await settle(s.paths);
      await measure(s, 2); // JIT and connection pool warm-up
      const r = { ...(await measure(s, DURATION)), urls: s.paths.length, coldP50: cold.p50, coldP95: cold.p95, settled };
      results.push(r);
      console.log(
        `[bench] ${r.name}: first visits p50 ${r.coldP50} ms p95 ${r.coldP95} ms; settled in ${settled.passes} passes (${settled.unsettled} still stale); ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms`,
      );
    }
    let shoppers: ShopperResults | undefined;
    if (!args["no-shoppers"]) {
      rss.phase("shoppers");
      console.log(`[bench] shoppers: ${SHOPPERS} adding to cart, then checking out, ${DURATION} s each…`);
      shoppers = await runShopperBench({ databaseUrl: url, base: BASE, duration: DURATION, shoppers: SHOPPERS, env: payments });
    }
    let flash: FlashSaleResults | undefined;
    if (!args["no-flash"]) {
      rss.phase("flash sale");
      console.log(`[bench] flash sale: ${FLASH_SHOPPERS} shoppers at once for 20 units…`);
      flash = await runFlashSaleBench({ databaseUrl: url, shoppers: FLASH_SHOPPERS, env: payments });
    }
    const loadedRss = rssMb(next.pid);
    rss.stop();
    const peakRss = rss.peak();

    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    console.log(`\nMercato benchmark — ${PRODUCTS.toLocaleString("en-US")} products, ${CONNECTIONS} connections, ${DURATION} s per page`);
    console.log(
      `Machine: ${machine}; seed took ${seedSeconds.toFixed(1)} s; ${args["next-start"] ? "next start" : "standalone server"} RSS ${idleRss} MB idle, ${peakRss.mb} MB at most (${peakRss.phase}), ${loadedRss} MB after load\n`,
    );
    const staticRps = results.find((r) => r.name === STATIC_REFERENCE)?.rps;
    console.log(
      "| page | URLs | first visit p50 / p95 ms | settle passes (still stale) | req/s | ÷ static | p50 ms | p95 ms | p99 ms | errors | target |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const r of results) {
      const share = staticRps ? (r.rps / staticRps).toFixed(2) : "-";
      console.log(
        `| ${r.name} | ${r.urls} | ${r.coldP50} / ${r.coldP95} | ${r.settled.passes} (${r.settled.unsettled}) | ${r.rps} | ${share} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors + r.non2xx} | ${r.target} |`,
      );
    }
    if (shoppers) console.log(`\n${describeShopperResults(shoppers).join("\n")}`);
    if (shoppers && !shoppers.oversell.ok) process.exitCode = 1;
    if (flash) console.log(`\n${describeFlashSaleResults(flash).join("\n")}`);
    if (flash && !flash.ok) process.exitCode = 1;
    if (recs) console.log(`\n${describeRecommendationResults(recs).join("\n")}`);

    mkdirSync("bench/results", { recursive: true });
    writeFileSync(
      "bench/results/latest.json",
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine,
          products: PRODUCTS,
          connections: CONNECTIONS,
          duration: DURATION,
          seedSeconds,
          server: args["next-start"] ? "next start" : "standalone",
          idleRss,
          peakRss,
          loadedRss,
          results,
          shoppers,
          flash,
          recs,
        },
        null,
        2,
      ),
    );
  }
} finally {
  if (next?.pid && next.exitCode === null) {
    // It drains (finishes its requests and jobs) before the database stops.
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    try {
      process.kill(-next.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    } catch {
      /* already gone */
    }
  }
  if (!args.keep && !args.reuse) {
    const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${DB_NAME}" with (force)`).catch(() => {});
    await admin.end();
  }
  await server.stop();
}
