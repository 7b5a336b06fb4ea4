import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";

// A product no other spec uses: this one counts its views and add-to-carts.
const SLUG = "the-tea-road";

const utcDay = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The number shown for a step of the Conversion panel ("Product views", "Added to cart"). */
async function funnelStep(page: Page, label: string): Promise<number> {
  const step: Locator = page.getByRole("region", { name: "Conversion" }).getByRole("listitem").filter({ hasText: label });
  const text = (await step.textContent()) ?? "";
  const match = text.match(new RegExp(`${label}\\s*([\\d,]+)`));
  return Number(match?.[1]?.replace(/,/g, "") ?? NaN);
}

test("a merchant reads the dashboard and changes its range", async ({ page, backOffice }) => {
  const buyer = await createAccount("Dana Dashboard");
  await createDeliveredOrder(buyer.id, "the-slow-kitchen");
  await backOffice.signIn("admin", "/admin");

  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  for (const name of ["Revenue", "Orders", "Average order value", "Refunds", "Conversion", "Top products", "Latest orders"]) {
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
  }
  const revenue = page.getByRole("region", { name: "Revenue", exact: true });
  await expect(revenue).toContainText(/\$[\d,]+\.\d\d/);
  await expect(revenue).toContainText(/(Up|Down|No change|None)\b.* the previous 30 days/);
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute("aria-current", "page");
  const chart = page.getByRole("img", { name: /^Sales chart, revenue per day/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/from \d+ orders?;/);
  const latest = page.getByRole("region", { name: "Latest orders" });
  await expect(latest.getByRole("link", { name: /^MC-/ }).first()).toHaveAttribute("href", /^\/admin\/orders\/MC-/);

  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/\/admin\?range=7$/);
  await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "page");
  await expect(revenue).toContainText("the previous 7 days");
  await expect(page.getByRole("img", { name: /^Sales chart, revenue per day/ })).toBeVisible();

  // A custom range without JavaScript: a plain GET form.
  await page.getByLabel("From", { exact: true }).fill(utcDay(-59));
  await page.getByLabel("To", { exact: true }).fill(utcDay());
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${utcDay(-59)}&to=${utcDay()}`));
  await expect(revenue).toContainText("the previous 60 days");
  await expect(page.getByRole("img", { name: /^Sales chart, revenue per week/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Last 30 days" })).not.toHaveAttribute("aria-current", "page");

  await page.goto(`/admin?from=${utcDay()}&to=${utcDay(-3)}`);
  await expect(page.getByRole("alert").filter({ hasText: "The From date must be on or before the To date" })).toBeVisible();
});

test("a shopper's product view and add to cart move the funnel", async ({ page, browser, backOffice }) => {
  await setStock(SLUG, 50);
  await backOffice.signIn("admin", "/admin?range=7");
  const views = await funnelStep(page, "Product views");
  const carts = await funnelStep(page, "Added to cart");
  expect(views).not.toBeNaN();

  const shopper = await browser.newContext();
  const shop = await shopper.newPage();
  const beacon = shop.waitForResponse((r) => r.url().endsWith("/api/me/recently-viewed") && r.status() === 204);
  await shop.goto(`/p/${SLUG}`);
  await beacon;
  await shop.getByRole("button", { name: "Add to cart" }).click();
  await expect(shop.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  await shopper.close();

  // Counted after the response: give it a moment, then the numbers are (at least) one higher.
  await expect
    .poll(async () => {
      await page.reload();
      return [(await funnelStep(page, "Product views")) > views, (await funnelStep(page, "Added to cart")) > carts];
    })
    .toEqual([true, true]);
});

test("shoppers and signed-out visitors are refused the dashboard", async ({ page, browser }) => {
  const response = await page.goto("/admin");
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  expect(response?.ok()).toBe(true);

  const context = await browser.newContext();
  const shopper = await context.newPage();
  await new AccountPages(shopper).signIn(await createAccount("Sam Shopper"), "/account");
  const refused = await shopper.goto("/admin?range=7");
  expect(refused?.status()).toBe(404);
  await expect(shopper.getByRole("img", { name: /Sales chart/ })).toHaveCount(0);
  await context.close();
});

// One page per test, so that axe over several pages never shares one test's budget.
for (const [name, pathOf] of [
  ["dashboard", () => "/admin"],
  ["customer list", () => "/admin/customers"],
  ["customer detail", (me: { id: string }) => `/admin/customers/${me.id}`],
] as const) {
  test(`the ${name} page reads well on a phone, with no serious accessibility problems @phone`, async ({ page, backOffice }) => {
    const me = await backOffice.signIn("admin", "/admin");
    const path = pathOf(me);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page), path).toEqual([]);
    if (path === "/admin") await expect(page.getByRole("img", { name: /^Sales chart/ })).toBeVisible();
  });
}
