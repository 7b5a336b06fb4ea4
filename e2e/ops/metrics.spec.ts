import { expect, test } from "../fixtures";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { sendFrom } from "../support/loopback-http";

// An instance of its own with METRICS_TOKEN, so its counters move only with this file's requests.
const PORT = Number(process.env.E2E_OPS_PORT_F ?? 3212);
const TOKEN = "metrics-token-for-the-e2e-test";
// A product no other spec uses: its stock is ours to set.
const PRODUCT = "studio-monitor-headphones";

test.describe.configure({ mode: "serial" });

let app: AppInstance;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Jobs every second, so their counters move during the test.
  app = await startAppInstance(PORT, { METRICS_TOKEN: TOKEN, JOBS_INTERVAL_SECONDS: "1" });
});
test.afterAll(async () => {
  await app?.stop();
});

const scrape = async (token = TOKEN) =>
  sendFrom("127.0.0.1", app.url, "GET", "/metrics", token ? { authorization: `Bearer ${token}` } : {});

/** The value of one series (name with its labels exactly as printed), or undefined when absent. */
async function value(series: string): Promise<number | undefined> {
  const { body } = await scrape();
  const line = body.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const httpCount = (group: string, status = "2xx") =>
  `mercato_http_request_duration_seconds_count{group="${group}",method="GET",status="${status}"}`;

test("/metrics answers only with the token (404 where METRICS_TOKEN is unset)", async ({ request }) => {
  // The suite's own server has no METRICS_TOKEN: the endpoint does not exist there.
  expect((await request.get("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } })).status()).toBe(404);
  expect((await scrape("")).status).toBe(401);
  expect((await scrape("wrong-token-of-the-same-size!!")).status).toBe(401);
  const ok = await scrape();
  expect(ok.status).toBe(200);
  expect(ok.headers["content-type"]).toContain("text/plain");
  for (const name of [
    "mercato_http_request_duration_seconds_bucket",
    "mercato_http_requests_in_flight",
    'mercato_next_cache_requests_total{result="hit"}',
    'mercato_next_cache_requests_total{result="miss"}',
    'mercato_db_pool_connections{state="in_use"}',
    'mercato_db_pool_connections{state="waiting"}',
    'mercato_db_pool_connections{state="max"} 4',
    "mercato_orders_placed_total",
    'mercato_orders_paid_total{provider="test"}',
    'mercato_payment_webhook_failures_total{provider="test",reason="refused"}',
    'mercato_mail_messages_total{status="failed"}',
    "mercato_shutting_down 0",
    "mercato_process_resident_memory_bytes",
  ]) {
    expect(ok.body, name).toContain(name);
  }
  // Never a raw path in a label.
  expect(ok.body).not.toMatch(/group="\//);
});

test("a request moves its route group's histogram; cached listings count cache hits; jobs and webhook failures count", async () => {
  const product = (await value(httpCount("product"))) ?? 0;
  expect((await sendFrom("127.0.0.1", app.url, "GET", `/p/${PRODUCT}`)).status).toBe(200);
  await expect.poll(() => value(httpCount("product"))).toBe(product + 1);
  expect((await sendFrom("127.0.0.1", app.url, "GET", "/no-such-page-here")).status).toBe(404);
  await expect.poll(() => value(httpCount("other", "4xx"))).toBeGreaterThanOrEqual(1);

  // A plain listing comes from Next's cache: the second load of it at least is a hit.
  const hits = (await value('mercato_next_cache_requests_total{result="hit"}'))!;
  for (let i = 0; i < 2; i++) expect((await sendFrom("127.0.0.1", app.url, "GET", "/c/electronics")).status).toBe(200);
  await expect.poll(() => value('mercato_next_cache_requests_total{result="hit"}')).toBeGreaterThan(hits);

  // A forged webhook delivery is refused and counted.
  const refused = 'mercato_payment_webhook_failures_total{provider="test",reason="refused"}';
  const before = (await value(refused))!;
  const forged = await sendFrom("127.0.0.1", app.url, "POST", "/api/payments/test/webhook", { "content-type": "application/json" }, "{}");
  expect(forged.status).toBeGreaterThanOrEqual(400);
  await expect.poll(() => value(refused)).toBe(before + 1);

  // Periodic jobs ran on this instance: it queues them every second, and its worker takes its share from the queue.
  await expect
    .poll(() => value('mercato_job_runs_total{job="cancel unpaid orders",outcome="ok"}'), { timeout: 45_000 })
    .toBeGreaterThanOrEqual(1);
});

test("placing and paying an order move the order counters", async ({ page }) => {
  test.setTimeout(120_000);
  await setStock(PRODUCT, 500);
  const placed = (await value("mercato_orders_placed_total"))!;
  const paid = (await value('mercato_orders_paid_total{provider="test"}'))!;
  const email = `${Date.now()}-metrics@example.com`;
  await page.goto(`${app.url}/p/${PRODUCT}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  await page.goto(`${app.url}/checkout`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Full name").fill("Mia Metrics");
  await page.getByLabel("Address").fill("1 Gauge Road");
  await page.getByLabel("City").fill("Countville");
  await page.getByLabel("Postal code").fill("12345");
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/pay\/test\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  expect(await value("mercato_orders_placed_total")).toBe(placed + 1);
  expect(await value('mercato_orders_paid_total{provider="test"}')).toBe(paid);

  await page.getByLabel("Card number").fill("4242424242424242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(/\/orders\/MC-\d{4}-\d{6,}$/, { timeout: 30_000 });
  expect(await value('mercato_orders_paid_total{provider="test"}')).toBe(paid + 1);
  // The order's e-mails (placed, paid) went through the job queue: whichever instance's worker took them
  // delivered them (no SMTP_URL here: to the outbox) and counted them; the queue's depth is exported by every instance.
  const delivered = async () =>
    (await testDb()<{ n: number }[]>`select count(*)::int as n from mail_outbox where "to" = ${email} and status = 'logged'`)[0]!.n;
  await expect.poll(delivered, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  expect(await value('mercato_queue_jobs{state="waiting"}')).toBeGreaterThanOrEqual(0);
  expect(await value('mercato_mail_messages_total{status="logged"}')).toBeGreaterThanOrEqual(0);
});
