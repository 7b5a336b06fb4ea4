/**
 * `npm run lighthouse`: the browser performance budget. Builds for production
 * (into .next-lighthouse, so its cached pages never reach the tests), seeds the
 * demo catalog into a scratch database (`mercato_lighthouse`, on DATABASE_URL's
 * server or the embedded one), starts the standalone server (as `npm start`), and runs Lighthouse (mobile,
 * default simulated throttling) in /usr/bin/chromium on home, a category, a
 * product, search, the cart with one item, and an empty page of the same build
 * (/perf-floor: the JavaScript every page ships, the framework's floor). Prints
 * per page the median run's scores, TBT, CLS, LCP, compressed JavaScript and
 * JavaScript over the floor; writes bench/results/lighthouse.json.
 *
 * Options: --runs N (default 3), --port (default 3205), --no-build, --only NAME[,NAME].
 * Nothing leaves the machine: Chromium only talks to 127.0.0.1.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import postgres from "postgres";
import { rssMb, run, startNextServer, waitForHealth } from "../bench/processes";
import { createDatabaseIfMissing, resolveServer } from "../db/bootstrap";
import { databaseUrl } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { figures, kb, type LighthouseResult, medianRun, type PageFigures, type PageRow, table } from "./lighthouse-report";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3205" },
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DB_NAME = "mercato_lighthouse";
const DIST_DIR = ".next-lighthouse";
const CHROMIUM = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

type Page = { name: string; path: string; cookie?: string };

/** A category with the most products, one of its products in stock, a word of its title; a guest cart holding that product. */
async function pages(url: string): Promise<Page[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [category] = await sql<{ slug: string }[]>`
      select c.slug from categories c join products p on p.category_id = c.id and p.status = 'active'
      group by c.slug order by count(*) desc, c.slug limit 1`;
    const [product] = await sql<{ slug: string; title: string; variantId: number }[]>`
      select p.slug, p.title, v.id as "variantId" from products p join variants v on v.product_id = p.id
      where p.status = 'active' and v.stock > 0 order by p.rating_count desc, p.id, v.position limit 1`;
    if (!category || !product) throw new Error("the scratch database has no active category or product in stock");
    const word = product.title.split(/\s+/).find((w) => /^[a-z]{4,}$/i.test(w)) ?? product.title.split(/\s+/)[0]!;
    return [
      { name: "floor (empty page)", path: "/perf-floor" },
      { name: "home", path: "/" },
      { name: "category", path: `/c/${category.slug}` },
      { name: "product", path: `/p/${product.slug}` },
      { name: "search", path: `/search?q=${encodeURIComponent(word.toLowerCase())}` },
      { name: "cart (1 item)", path: "/cart", cookie: await guestCartCookie(url, product.variantId) },
    ];
  } finally {
    await sql.end();
  }
}

/** A guest cart with one item, made by the app's own functions, and the signed cookie naming it. */
async function guestCartCookie(url: string, variantId: number): Promise<string> {
  process.env.DATABASE_URL = url;
  const { createGuestCart, addItem } = await import("../lib/cart/mutations");
  const { signValue } = await import("../lib/signed-value");
  const { COOKIES } = await import("../lib/cookie-names");
  const { closeDb } = await import("../db");
  const cartId = await createGuestCart();
  await addItem(cartId, variantId, 1);
  await closeDb();
  return `${COOKIES.cart}=${signValue("cart", cartId)}`;
}

async function audit(chromePort: number, page: Page): Promise<PageFigures> {
  const runs: PageFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(`${BASE}${page.path}`, {
      port: chromePort,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const lhr = result.lhr as unknown as LighthouseResult & { runtimeError?: { message: string } };
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${lhr.runtimeError.message}`);
    runs.push(figures(lhr));
  }
  return medianRun(runs);
}

const secret = randomBytes(33).toString("base64url");
process.env.AUTH_SECRET = secret;
const server = await resolveServer();
let next: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  const url = databaseUrl(server.adminUrl, DB_NAME);
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${DB_NAME}" with (force)`);
  await admin.end();
  await createDatabaseIfMissing(server.adminUrl, DB_NAME);
  await runMigrations(url);
  await seedIfEmpty(url);

  if (!args["no-build"]) await run("npm", ["run", "--silent", "build"], { NEXT_DIST_DIR: DIST_DIR });
  mkdirSync("bench/results", { recursive: true });
  next = await startNextServer(
    PORT,
    "bench/results/lighthouse-server.log",
    {
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      NODE_ENV: "production",
    },
    { distDir: DIST_DIR },
  );
  await waitForHealth(BASE);

  const list = (await pages(url)).filter(
    (p) => !args.only || p.name === "floor (empty page)" || args.only.split(",").some((o) => p.name.startsWith(o)),
  );
  // Each page once before measuring, so Lighthouse meets warm caches as a shopper after the first would.
  for (const p of list) await fetch(`${BASE}${p.path}`, { headers: p.cookie ? { cookie: p.cookie } : {} });

  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  const rows: PageRow[] = [];
  for (const p of list) {
    const f = await audit(chrome.port, p);
    rows.push({ name: p.name, path: p.path, ...f });
    console.log(
      `[lighthouse] ${p.name} ${p.path}: performance ${f.performance}, accessibility ${f.accessibility}, TBT ${f.tbtMs} ms, JS ${kb(f.jsBytes)} KB; LCP ${f.lcpMs} ms (${f.lcpPhases ?? "no phases"}) on ${f.lcpElement ?? "?"}`,
    );
  }
  const floor = rows[0]!.jsBytes;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const benchmarkIndex = rows.map((r) => r.benchmarkIndex ?? 0).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  console.log(`\nLighthouse ${RUNS} run(s) per page (median), mobile, simulated throttling; ${new Date().toISOString()}`);
  console.log(`Machine: ${machine}; Lighthouse benchmark index ${benchmarkIndex}; server RSS ${rssMb(next.pid)} MB`);
  console.log(`Floor (empty page /perf-floor): ${kb(floor)} KB of JavaScript, compressed\n`);
  console.log(table(rows, floor).join("\n"));
  writeFileSync(
    "bench/results/lighthouse.json",
    JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, benchmarkIndex, floorBytes: floor, pages: rows }, null, 2),
  );
  console.log("\nWritten: bench/results/lighthouse.json");
} finally {
  await chrome?.kill();
  if (next?.pid) {
    try {
      process.kill(-next.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  await server.stop();
}
