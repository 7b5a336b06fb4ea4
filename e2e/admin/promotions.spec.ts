import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { seriousA11yViolations } from "../support/axe";
import { CheckoutPage } from "../pages/checkout-page";
import { latestMailTo } from "../support/db";
import { latestOrderFor } from "../support/order-db";
import { createTestProduct } from "../support/product-db";
import { setProductPrice } from "../support/promotion-db";
import { pageWithoutJavaScript } from "../support/replay-form";

test.describe.configure({ timeout: 90_000 });

// Unique per test and run: the suite runs with two workers against one database.
const unique = (prefix: string) =>
  `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296)
    .toString(36)
    .toUpperCase()}`;
const utcMinute = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
const DAY = 86_400_000;
const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/** A guest in a browser of their own buys one of `slug` (with `code` applied in the cart) and reaches the payment page. */
async function shopperBuys(browser: Browser, slug: string, code?: string) {
  const context = await browser.newContext();
  const shop = await context.newPage();
  const checkout = new CheckoutPage(shop);
  await checkout.addToCart(slug);
  if (code) {
    await shop.goto("/cart");
    await shop.getByLabel("Coupon code").fill(code);
    await shop.getByRole("button", { name: "Apply" }).click();
    await expect(checkout.message("status", `Coupon ${code} applied`)).toBeVisible();
  }
  await shop.goto("/checkout");
  const email = `${unique("buyer").toLowerCase()}@example.com`;
  await checkout.fill(email, { fullName: "Sam Shopper", line1: "5 Quay Street", city: "Portland", postalCode: "97201" }, "Standard");
  await checkout.placeOrder.click();
  await expect(shop).toHaveURL(/\/pay\/test\//, { timeout: 30_000 });
  return { shop, context, email, order: (await latestOrderFor(email))! };
}

test("a merchant creates a coupon, is refused a duplicate code, pauses and resumes it; a shopper uses it and it shows in its redemptions", async ({
  page,
  browser,
  backOffice,
}) => {
  const code = unique("E2E");
  await backOffice.signIn("staff", "/admin/coupons");
  await expect(backOffice.nav().getByRole("link", { name: "Coupons", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "New coupon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New coupon" })).toBeVisible();

  // Refused first: a percentage over 100 and an end before the start, each with its reason; what was typed stays.
  // The amount means nothing for free shipping: its field goes away (and comes back).
  await page.getByLabel("Discount type").selectOption({ label: "Free shipping" });
  await expect(page.getByLabel("Amount", { exact: true })).toBeHidden();
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Discount type").selectOption({ label: "Percent" });
  await page.getByLabel("Amount", { exact: true }).fill("150");
  await page.getByLabel("Starts at").fill(utcMinute(2 * DAY));
  await page.getByLabel("Ends at").fill(utcMinute(DAY));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter the percentage as a whole number from 1 to 100, e.g. 10.")).toBeVisible();
  await expect(page.getByText("The end must be after the start.")).toBeVisible();
  await expect(page.getByLabel("Code", { exact: true })).toHaveValue(code);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel("Amount", { exact: true }).fill("10");
  await page.getByLabel("Minimum spend").fill("50.00");
  await page.getByLabel("Maximum discount").fill("");
  await page.getByLabel("Starts at").fill("");
  await page.getByLabel("Ends at").fill(utcMinute(30 * DAY));
  await page.getByLabel("Usage limit").fill("500");
  await page.getByLabel("Per-customer limit").fill("1");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin\/coupons\?notice=created/);
  await expect(status(page, "Coupon created.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(code) });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByText("0 / 500")).toBeVisible();
  await expect(row.getByText(/10% off on .*50\.00 or more/)).toBeVisible();

  // The same code in lower case is the same code.
  await page.getByRole("link", { name: "New coupon" }).click();
  await page.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
  await page.getByLabel("Amount", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`There is already a coupon with the code ${code}`)).toBeVisible();

  await page.goto("/admin/coupons");
  await row.getByRole("button", { name: "Pause" }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Resume" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  await row.getByRole("link", { name: code }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Coupon ${code}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Redemptions" })).toBeVisible();
  await expect(page.getByText("No order has used this coupon yet.")).toBeVisible();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("Usage limit").fill("100");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(status(page, "Coupon saved.")).toBeVisible();
  await expect(page.getByText("0 of 100")).toBeVisible();

  // A shopper buys 60.00 with it: 10% off shows on the order page and in the e-mail, and the coupon counts the use.
  const product = await createTestProduct(unique("Coupon product "));
  await setProductPrice(product.id, 6000);
  const { shop, context, email, order } = await shopperBuys(browser, product.slug, code);
  expect(order.total).toBe(6000 - 600);
  await shop.goto(`/orders/${order.number}`);
  await expect(shop.getByRole("term").filter({ hasText: `Coupon ${code}` })).toBeVisible();
  await expect(shop.getByText("−$6.00").first()).toBeVisible();
  expect((await latestMailTo(email))?.text).toContain(`Coupon ${code}`);
  await context.close();
  await page.reload();
  await expect(page.getByText("1 of 100")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(order.number) })).toContainText(email);

  await page.getByRole("button", { name: "End" }).click();
  await expect(page.getByText("Ended", { exact: true })).toBeVisible();
});

test("a merchant creates an automatic spend-X-save-Y promotion with tiers and sees the stacking rules; a shopper's cart shows it", async ({
  page,
  browser,
  backOffice,
}) => {
  const name = unique("Spend and save ");
  // Scoped to a product of its own: an automatic offer applies to every cart it covers, and other tests run at the same time.
  const product = await createTestProduct(unique("Spend-save product "));
  await setProductPrice(product.id, 6000);
  await backOffice.signIn("staff", "/admin/promotions");
  await expect(page.getByText(/higher priority applies first/i)).toBeVisible();
  await expect(page.getByText(/used alone, instead of all the stackable ones together, when it saves the shopper more/)).toBeVisible();
  await page.getByRole("link", { name: "New promotion" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New promotion" })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Spend X, save Y" });
  const spend = page.getByLabel("Spend", { exact: true });
  const save = page.getByLabel("Save amount", { exact: true });
  await expect(spend).toHaveCount(3);
  await page.getByRole("button", { name: "Add tier" }).click();
  await expect(spend).toHaveCount(4);
  // Tiers that do not increase are refused.
  await spend.nth(0).fill("200.00");
  await save.nth(0).fill("30.00");
  await spend.nth(1).fill("100.00");
  await save.nth(1).fill("10.00");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Each tier must spend more than the one before/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await spend.nth(0).fill("100.00");
  await save.nth(0).fill("10.00");
  await spend.nth(1).fill("200.00");
  await save.nth(1).fill("30.00");
  await page.getByLabel("Products").fill(product.slug);
  await page.getByLabel("Ends at").fill(utcMinute(7 * DAY));
  await page.getByLabel("Priority").fill("5");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/promotions\?notice=created/);
  await expect(status(page, "Promotion created.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByText(/Spend .*100\.00 save .*10\.00; Spend .*200\.00 save .*30\.00/)).toBeVisible();
  await expect(row.getByText("Stackable")).toBeVisible();
  await expect(row.getByRole("cell", { name: "5", exact: true })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Edit: the stored tiers come back in the form; a new priority is saved; then it is paused.
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit promotion: ${name}` })).toBeVisible();
  await expect(spend.nth(1)).toHaveValue("200");
  await expect(save.nth(1)).toHaveValue("30");
  await page.getByLabel("Priority").fill("7");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status(page, "Promotion saved.")).toBeVisible();
  await expect(row.getByRole("cell", { name: "7", exact: true })).toBeVisible();

  // A shopper sees it: one unit (60.00) is 40.00 short of the first tier; two (120.00) save 10.00 and are 80.00 short of the next.
  const shopper = await browser.newContext();
  const shop = await shopper.newPage();
  await shop.goto(`/p/${product.slug}`);
  await shop.getByRole("button", { name: "Add to cart" }).click();
  await expect(shop.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  await shop.goto("/cart");
  await expect(shop.getByText("Add $40.00 more to save $10.00")).toBeVisible();
  await shop.getByRole("spinbutton", { name: "Quantity" }).fill("2");
  await shop.getByRole("button", { name: "Update" }).click();
  const summary = shop.getByRole("region", { name: "Summary" });
  await expect(summary.getByText(name)).toBeVisible();
  await expect(summary.getByText("−$10.00")).toBeVisible();
  await expect(summary.getByText("Add $80.00 more to save $30.00")).toBeVisible();

  await row.getByRole("button", { name: "Pause" }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  // Paused: the shopper's cart no longer takes it.
  await shop.reload();
  await expect(summary.getByText(name)).toHaveCount(0);
  await shopper.close();
});

test("a merchant puts a variant on flash sale (unknown SKUs and prices not below the variant's are refused); a shopper buys at the sale price", async ({
  page,
  browser,
  backOffice,
}) => {
  const product = await createTestProduct(unique("Flash sale product "));
  const sku = `SKU-${product.slug}`;
  await backOffice.signIn("staff", "/admin/promotions");
  await page.getByRole("link", { name: "New flash sale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New flash sale" })).toBeVisible();

  await page.getByLabel("SKU").fill("NO-SUCH-SKU-E2E");
  await page.getByLabel("Sale price").fill("9.90");
  await page.getByLabel("Quantity cap").fill("20");
  await page.getByLabel("Per-customer limit").fill("1");
  await page.getByLabel("Starts at").fill(utcMinute(-60_000));
  await page.getByLabel("Ends at").fill(utcMinute(DAY));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("There is no variant with the SKU NO-SUCH-SKU-E2E.")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel("SKU").fill(sku);
  await page.getByLabel("Sale price").fill("15.00");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/The sale price must be below the variant's price \(.*15\.00\)/)).toBeVisible();

  await page.getByLabel("Sale price").fill("9.90");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin\/promotions\?notice=flash-created/);
  await expect(status(page, "Flash sale created.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(sku) });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByText("0 / 20")).toBeVisible();

  // The shopper sees the flash price on the product page and pays it (15.00 − 5.10 + 4.99 shipping); the merchant sees 1 / 20.
  const { context, order } = await shopperBuys(browser, product.slug);
  expect(order.total).toBe(990 + 499);
  await context.close();
  await page.reload();
  await expect(row.getByText("1 / 20")).toBeVisible();
  await row.getByRole("button", { name: "Pause" }).click();
  await expect(row.getByText("Paused", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "End" }).click();
  await expect(row.getByText("Ended", { exact: true })).toBeVisible();
});

test("the dashboard shows the discounts given and the revenue per promotion", async ({ page, backOffice }) => {
  await backOffice.signIn("staff", "/admin");
  const discounts = page.getByRole("region", { name: "Discounts", exact: true });
  await expect(discounts).toContainText(/\$[\d,]+\.\d\d/);
  await expect(discounts).toContainText(/on \d+ paid orders?/);
  const perPromotion = page.getByRole("region", { name: "Revenue per promotion" });
  await expect(
    perPromotion.getByRole("table", { name: /Revenue per promotion/ }).or(perPromotion.getByText("No promotion was used")),
  ).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("without JavaScript the promotion form offers three tier rows and saves", async ({ page, browser, backOffice }) => {
  const name = unique("No script tiers ");
  await backOffice.signIn("staff", "/admin/promotions");
  const plain = await pageWithoutJavaScript(browser, page, "/admin/promotions/new");
  try {
    await plain.getByLabel("Name", { exact: true }).fill(name);
    const spend = plain.getByLabel("Spend", { exact: true });
    await expect(spend).toHaveCount(3);
    await spend.nth(0).fill("100");
    await plain.getByLabel("Save amount", { exact: true }).nth(0).fill("10");
    await spend.nth(2).fill("300");
    await plain.getByLabel("Save amount", { exact: true }).nth(2).fill("45");
    await plain.getByRole("button", { name: "Save", exact: true }).click();
    await expect(plain).toHaveURL(/\/admin\/promotions\?notice=created/);
    await expect(
      plain.getByRole("row", { name: new RegExp(name) }).getByText(/Spend .*100\.00 save .*10\.00; Spend .*300\.00 save .*45\.00/),
    ).toBeVisible();
  } finally {
    await plain.context().close();
  }
});
