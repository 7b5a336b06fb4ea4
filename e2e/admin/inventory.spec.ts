import type { Page } from "@playwright/test";
import { expect, PRODUCTS, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount } from "../support/account-db";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";
import { stockOfProduct } from "../support/order-db";
import { seriousA11yViolations } from "../support/axe";
import { formFields, replayForm } from "../support/replay-form";

test.describe.configure({ timeout: 90_000 });
const slow = { timeout: 30_000 };

// Products no other spec uses: these tests set their stock.
const product = (slug: string) => PRODUCTS.find((p) => p.slug === slug)!;
const blocks = product("cork-yoga-block-set");
const basketball = product("indoor-basketball");
const football = product("match-football-size-5");
const paddles = product("pickleball-paddle-set");

const message = (page: Page, role: "status" | "alert", text: string | RegExp) => page.getByRole(role).filter({ hasText: text });

async function skuOf(slug: string): Promise<{ id: number; sku: string }> {
  const [row] = await testDb()<{ id: number; sku: string }[]>`
    select v.id, v.sku from variants v join products p on p.id = v.product_id where p.slug = ${slug} order by v.id limit 1`;
  return row!;
}

/** The inventory list filtered to one SKU: its adjustment form. */
async function adjustForm(page: Page, sku: string) {
  await page.goto(`/admin/inventory?q=${encodeURIComponent(sku)}`);
  return page.getByRole("form", { name: `Adjust stock of ${sku}` });
}

test("the merchant receives stock with a reason and sees it in the variant's history, which adds up", async ({ page, backOffice }) => {
  await setStock(blocks.slug, 10);
  const { sku } = await skuOf(blocks.slug);
  await backOffice.signIn("staff", "/admin/inventory");
  const form = await adjustForm(page, sku);
  await form.getByLabel("Adjustment").fill("7");
  await form.getByLabel("Reason").selectOption("received");
  await form.getByLabel("Note (optional)").fill("Delivery note 4471");
  await form.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(message(page, "status", `Stock of ${sku} is now 17 (+7, received).`)).toBeVisible(slow);
  expect(await stockOfProduct(blocks.slug)).toBe(17);

  await page.getByRole("link", { name: blocks.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: blocks.title })).toBeVisible();
  const history = page.getByRole("table", { name: "Stock history, newest first" });
  const newest = history.getByRole("row").nth(1);
  await expect(newest).toContainText("+7");
  await expect(newest).toContainText("17");
  await expect(newest).toContainText("Received");
  await expect(newest).toContainText("Sasha Staff");
  await expect(newest).toContainText("Delivery note 4471");

  // A stocktake enters the counted quantity; the ledger records the difference.
  await page.getByLabel("Counted quantity").fill("15");
  await page.getByLabel("Reason").selectOption("stocktake");
  await page.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(message(page, "status", `Stock of ${sku} is now 15 (-2, stocktake).`)).toBeVisible(slow);
  await page.reload();
  await expect(history.getByRole("row").nth(1)).toContainText("Stocktake");
  await expect(history.getByRole("row").nth(1)).toContainText("-2");
  await page.screenshot({ path: "test-results/admin-inventory-variant.png", fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("an adjustment that would go below zero is refused with the stock left as it was", async ({ page, backOffice }) => {
  await setStock(football.slug, 4);
  const { id, sku } = await skuOf(football.slug);
  await backOffice.signIn("staff", "/admin/inventory");
  const form = await adjustForm(page, sku);
  await form.getByLabel("Adjustment").fill("-9");
  await form.getByLabel("Reason").selectOption("damaged");
  await form.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(message(page, "alert", "Only 4 in stock: an adjustment of -9 would go below zero.")).toBeVisible(slow);
  expect(await stockOfProduct(football.slug)).toBe(4);
  const [ledger] = await testDb()<
    { n: number }[]
  >`select count(*)::int as n from inventory_movements where variant_id = ${id} and reason = 'damaged'`;
  expect(ledger!.n).toBe(0);
});

test("the low-stock filter shows variants at or below their threshold, and a threshold can be set per variant", async ({
  page,
  backOffice,
}) => {
  // Its own product: the replay test below sets the basketball's stock at the same time on the other worker.
  const low = await createTestProduct("Low-stock practice ball");
  await setStock(low.slug, 1);
  await setStock(paddles.slug, 200);
  const ball = await skuOf(low.slug);
  const block = await skuOf(paddles.slug);
  await backOffice.signIn("staff", "/admin/inventory");
  await page.getByLabel("Low stock only").check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/low=1/);
  // Other tests leave low-stock variants too, so the list may page: look each one up by its SKU.
  await page.goto(`/admin/inventory?low=1&q=${encodeURIComponent(block.sku)}`);
  await expect(page.getByRole("cell", { name: block.sku, exact: true })).toHaveCount(0);
  await page.goto(`/admin/inventory?low=1&q=${encodeURIComponent(ball.sku)}`);
  await expect(page.getByRole("cell", { name: ball.sku, exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/admin-inventory-low.png" });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Raise the paddles' own threshold above their stock: now they are low too.
  await page.goto(`/admin/inventory/${block.id}`);
  await page.getByLabel("Low-stock threshold", { exact: true }).fill("250");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(message(page, "status", "Low-stock threshold set to 250.")).toBeVisible(slow);
  await page.goto(`/admin/inventory?low=1&q=${encodeURIComponent(block.sku)}`);
  await expect(page.getByRole("cell", { name: block.sku, exact: true })).toBeVisible();
  await page.goto(`/admin/inventory/${block.id}`);
  await page.getByLabel("Low-stock threshold", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(message(page, "status", "Low-stock threshold now follows the store default.")).toBeVisible(slow);
});

test.describe("access", () => {
  test("signed-out visitors are sent to sign in; shoppers get 404 on the inventory pages", async ({ page, accountPages }) => {
    await page.goto("/admin/inventory");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
    await accountPages.signIn(await createAccount("Sam Shopper"));
    expect((await page.goto("/admin/inventory"))?.status()).toBe(404);
    const { id } = await skuOf(football.slug);
    expect((await page.goto(`/admin/inventory/${id}`))?.status()).toBe(404);
  });

  test("a replayed Apply adjustment post from a shopper or nobody changes nothing", async ({ page, browser, playwright, backOffice }) => {
    await setStock(basketball.slug, 30);
    const { id, sku } = await skuOf(basketball.slug);
    await backOffice.signIn("staff", "/admin/inventory");
    const form = await adjustForm(page, sku);
    await form.getByLabel("Adjustment").fill("-20");
    await form.getByLabel("Reason").selectOption("correction");
    const fields = await formFields(form);
    const url = page.url();
    const [before] = await testDb()<{ n: number }[]>`select count(*)::int as n from inventory_movements where variant_id = ${id}`;

    const shopperContext = await browser.newContext();
    await new AccountPages(await shopperContext.newPage()).signIn(await createAccount("Replaying Shopper"));
    expect((await replayForm(shopperContext.request, url, fields)).status()).toBeLessThan(500);
    const anonymous = await playwright.request.newContext();
    expect((await replayForm(anonymous, url, fields)).status()).toBeLessThan(500);
    await anonymous.dispose();

    expect(await stockOfProduct(basketball.slug)).toBe(30);
    const [after] = await testDb()<{ n: number }[]>`select count(*)::int as n from inventory_movements where variant_id = ${id}`;
    expect(after!.n).toBe(before!.n);

    // The same post from the staff member does apply, so the replay was a real one.
    await replayForm(page.request, url, fields);
    expect(await stockOfProduct(basketball.slug)).toBe(10);
  });
});
