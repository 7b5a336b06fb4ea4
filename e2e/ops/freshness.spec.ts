import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { BackOffice } from "../pages/admin";
import { createAccount } from "../support/account-db";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";

// Two more instances of the built app on the same database (each with its own
// memory cache; they share .next on disk, as a second server would share nothing
// better): a change revalidated on A must show on B's next page load.
const PORT_A = Number(process.env.E2E_OPS_PORT_A ?? 3206);
const PORT_B = Number(process.env.E2E_OPS_PORT_B ?? 3207);
// Cached data would otherwise also expire on its own after a minute.
const instanceEnv = { CATALOG_CACHE_SECONDS: "3600", CACHE_TAG_POLL_MS: "500" };

test.describe.configure({ mode: "serial" });

let a: AppInstance;
let b: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  [a, b] = await Promise.all([startAppInstance(PORT_A, instanceEnv), startAppInstance(PORT_B, instanceEnv)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Loads the page once and reads its title (no waiting for it to change: each check is one page load). */
async function showsTitle(page: Page, url: string, title: string) {
  await page.goto(url);
  expect(await heading(page).textContent()).toBe(title);
}

/** A context on instance A signed in as a fresh admin; its `request` carries the session. */
async function adminOnA(browser: Browser): Promise<{ page: Page; request: APIRequestContext }> {
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await new BackOffice(page).signIn("admin");
  return { page, request: context.request };
}

async function sharedRevalidation(tag: string): Promise<number | null> {
  const [row] = await testDb()<{ at: string }[]>`select revalidated_at::text as at from cache_tag_revalidations where tag = ${tag}`;
  return row ? Number(row.at) : null;
}

test("a product revalidated by tag on one instance shows its new title on the other's next load", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const product = await createTestProduct("Freshness mug, first edition");
  const path = `/p/${product.slug}`;
  await showsTitle(page, a.url + path, "Freshness mug, first edition");
  await showsTitle(page, b.url + path, "Freshness mug, first edition");

  await testDb()`update products set title = 'Freshness mug, second edition' where id = ${product.id}`;
  // Both instances still serve their cached page: the cache is really in play.
  await showsTitle(page, b.url + path, "Freshness mug, first edition");

  const admin = await adminOnA(browser);
  const res = await admin.request.post("/api/admin/revalidate", { data: { tags: [`product:${product.slug}`] } });
  expect(res.status()).toBe(200);
  // Next runs a route handler's revalidations as the response goes out.
  await expect.poll(() => sharedRevalidation(`product:${product.slug}`), { timeout: 5_000 }).not.toBeNull();

  // B learns of it at its next poll; each attempt is a fresh page load.
  await expect(async () => showsTitle(page, b.url + path, "Freshness mug, second edition")).toPass({ timeout: 20_000, intervals: [250] });
  await showsTitle(page, a.url + path, "Freshness mug, second edition");
  await admin.page.context().close();
});

test("a path revalidated on one instance refreshes that page on the other", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const product = await createTestProduct("Freshness lamp, first edition");
  const path = `/p/${product.slug}`;
  await showsTitle(page, b.url + path, "Freshness lamp, first edition");
  await testDb()`update products set title = 'Freshness lamp, second edition' where id = ${product.id}`;
  await showsTitle(page, b.url + path, "Freshness lamp, first edition");

  const admin = await adminOnA(browser);
  const res = await admin.request.post("/api/admin/revalidate", { data: { paths: [{ path }] } });
  expect(res.status()).toBe(200);
  // The address is served by its English page, app/[locale] with locale "en" (and its Chinese twin is revalidated alike).
  await expect.poll(() => sharedRevalidation(`_N_T_/en${path}`), { timeout: 5_000 }).not.toBeNull();

  await expect(async () => showsTitle(page, b.url + path, "Freshness lamp, second edition")).toPass({ timeout: 20_000, intervals: [250] });
  await admin.page.context().close();
});

test("signed-out visitors and shoppers cannot revalidate, and nothing is recorded", async ({ browser, playwright }) => {
  const product = await createTestProduct("Freshness bowl");
  const tag = `product:${product.slug}`;
  const anonymous = await playwright.request.newContext({ baseURL: a.url });
  const refused = await anonymous.post("/api/admin/revalidate", { data: { tags: [tag] } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatch(/sign in/i);
  await anonymous.dispose();

  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await new AccountPages(page).signIn(await createAccount("Sam Shopper"), "/account");
  const asShopper = await context.request.post("/api/admin/revalidate", { data: { tags: [tag] } });
  expect(asShopper.status()).toBe(403);
  expect((await asShopper.json()).error).toMatch(/do not have access/);
  expect(await sharedRevalidation(tag)).toBeNull();
  await context.close();
});

test("a form post or a body naming nothing is refused, even for staff", async ({ browser }) => {
  const admin = await adminOnA(browser);
  const form = await admin.request.post("/api/admin/revalidate", { form: { tags: "catalog" } });
  expect(form.status()).toBe(415);
  const empty = await admin.request.post("/api/admin/revalidate", { data: { tags: [] } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatch(/Nothing revalidated/);
  await admin.page.context().close();
});
