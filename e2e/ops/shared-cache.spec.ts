import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { ProductFormPage } from "../pages/admin-product-form";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { createTestProduct } from "../support/product-db";
import { type RoundRobinProxy, startRoundRobinProxy } from "../support/round-robin-proxy";

// Three instances of the built app sharing Next's cache in Redis (REDIS_URL), behind a
// round-robin proxy: a page rendered by one is served from the cache by the others, and a
// back-office edit made through the proxy shows on all three at once. Needs the machine's
// Redis (scripts/test.ts sets TEST_REDIS_URL when one answers); each run has its own key prefix.
const redisUrl = process.env.TEST_REDIS_URL;
const PORTS = [3217, 3218, 3219].map((p, i) => Number(process.env[`E2E_OPS_PORT_${"JKL"[i]}`] ?? p));
const PROXY_PORT = Number(process.env.E2E_OPS_PORT_PROXY ?? 3220);
const prefix = `e2e:cache:${Date.now().toString(36)}:${process.pid}:`;

test.describe.configure({ mode: "serial" });
test.skip(!redisUrl, "no Redis answers on this machine (TEST_REDIS_URL)");

let instances: AppInstance[] = [];
let proxy: RoundRobinProxy;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  proxy = await startRoundRobinProxy(
    PROXY_PORT,
    PORTS.map((p) => `http://127.0.0.1:${p}`),
  );
  // Links, redirects and the server actions' origin check all name the proxy, as behind a real balancer.
  const env = { REDIS_URL: redisUrl!, CACHE_REDIS_PREFIX: prefix, SITE_URL: proxy.url, CATALOG_CACHE_SECONDS: "3600" };
  instances = await Promise.all(PORTS.map((port) => startAppInstance(port, env)));
});

test.afterAll(async () => {
  await Promise.all([...instances.map((i) => i.stop()), proxy?.stop()]);
  if (!redisUrl) return;
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

type Served = { title: string | undefined; cache: string | null; body: string };

/** One request straight to an instance: the page's heading, how Next served it and a digest of its HTML (the same render gives the same bytes). */
async function load(base: string, path: string): Promise<Served> {
  const res = await fetch(base + path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  return { title, cache: res.headers.get("x-nextjs-cache"), body: createHash("sha256").update(html).digest("hex") };
}

test("a page rendered by one instance is served from the cache by the others, and an edit shows on all three within a second, then from the cache", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [a, b, c] = instances as [AppInstance, AppInstance, AppInstance];
  const product = await createTestProduct("Shared cache mug, first edition");
  const path = `/p/${product.slug}`;

  const first = await load(a.url, path);
  expect(first.title).toBe("Shared cache mug, first edition");
  expect(first.cache).not.toBe("HIT"); // rendered here
  // B and C never rendered it: they answer with A's render from Redis.
  for (const other of [b, c]) {
    const served = await load(other.url, path);
    expect(served).toEqual({ title: "Shared cache mug, first edition", cache: "HIT", body: first.body });
  }
  const redis = new Redis(redisUrl!);
  const entries = await redis.keys(`${prefix}e:*`);
  await redis.quit();
  expect(entries.some((key) => key.endsWith(path))).toBe(true);

  // The edit, through the proxy: sign-in, form and save each land on whichever instance is next.
  const context = await browser.newContext({ baseURL: proxy.url });
  const page = await context.newPage();
  await new BackOffice(page).signIn("admin");
  await page.goto(`/admin/products/${product.id}`);
  const form = new ProductFormPage(page);
  await form.title.fill("Shared cache mug, second edition");
  await form.saveAndConfirm();
  const saved = Date.now();
  expect(Math.min(...proxy.served)).toBeGreaterThan(0);

  // Within a second of the save, a load on any instance shows the new title (no instance waits for a poll).
  // What is timed is when the loads are sent: the render each then does is this machine's speed, not the cache's.
  let sent = 0;
  await expect(async () => {
    sent = Date.now();
    const titles = await Promise.all(instances.map(async (i) => (await load(i.url, path)).title));
    expect(titles).toEqual(Array(3).fill("Shared cache mug, second edition"));
  }).toPass({ timeout: 5_000, intervals: [50] });
  expect(sent - saved).toBeLessThan(1_000);

  // A render that began after the edit is trusted at once: the fleet serves it from the cache
  // (no instance renders again for seconds after an edit).
  await expect(async () => {
    const served = await Promise.all(instances.map((i) => load(i.url, path)));
    expect(served.map((s) => [s.title, s.cache])).toEqual(Array(3).fill(["Shared cache mug, second edition", "HIT"]));
  }).toPass({ timeout: 4_000, intervals: [100] });
  await context.close();
});
