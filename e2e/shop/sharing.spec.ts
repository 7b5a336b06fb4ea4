import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";
import { expect, test } from "../fixtures";

test("a product page shares its canonical link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const product = await createTestProduct("Shareable teapot");
  await page.goto(`/p/${product.slug}?ref=somewhere`);
  await page.getByRole("button", { name: /^(Share|Copy link)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.pathname).toBe(`/p/${product.slug}`);
  expect(url.search).toBe("");
});

test("a shared cart link adds the same items to another visitor's cart, clamped to stock", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const [kettle, cups] = [await createTestProduct("Shared kettle"), await createTestProduct("Shared cups")];
  for (const [product, quantity] of [
    [kettle, 1],
    [cups, 4],
  ] as const) {
    await page.goto(`/p/${product.slug}`);
    await page.getByRole("spinbutton", { name: "Quantity" }).fill(String(quantity));
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  }
  await page.goto("/cart");
  await page.getByRole("button", { name: /^(Share|Copy link)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const link = await page.getByRole("textbox", { name: "Shared link" }).inputValue();
  expect(new URL(link).pathname).toMatch(/^\/cart\/shared\/[A-Za-z0-9_-]{32}$/);

  // Stock of the cups falls before the friend opens the link.
  await setStock(cups.slug, 3);
  const friend = await browser.newContext();
  const other = await friend.newPage();
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole("heading", { level: 1, name: "Shared cart" })).toBeVisible();
  const items = other.getByRole("list", { name: "Shared items" });
  await expect(items.getByRole("link", { name: /Shared kettle/ })).toBeVisible();
  await expect(items.getByRole("link", { name: /Shared cups/ })).toBeVisible();
  expect(await seriousA11yViolations(other)).toEqual([]);

  await other.getByRole("button", { name: "Add to my cart" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Added 4 items to your cart" })).toBeVisible();
  await expect(other.getByRole("alert").filter({ hasText: "Only 3 left in stock" })).toBeVisible();
  await other.goto("/cart");
  await expect(other.getByRole("link", { name: /Shared kettle/ }).first()).toBeVisible();
  await expect(other.getByRole("link", { name: /Shared cups/ }).first()).toBeVisible();
  await friend.close();
});

test("an unknown or expired shared cart link is not found", async ({ page }) => {
  const response = await page.goto(`/cart/shared/${"a".repeat(32)}`);
  expect(response?.status()).toBe(404);
  const [row] = await testDb()<{ token: string }[]>`
    insert into shared_carts (token, items, expires_at)
    values (${`e2e${Date.now().toString(36)}`.padEnd(32, "x")}, '[]'::jsonb, now() - interval '1 day') returning token`;
  expect((await page.goto(`/cart/shared/${row!.token}`))?.status()).toBe(404);
});

test("a shopper shares their favourites as a read-only list", async ({ page, context, browser, accountPages }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const product = await createTestProduct("Favourite shared vase");
  const account = await createAccount("Fay Sharer");
  await accountPages.signIn(account);
  await page.goto(`/p/${product.slug}`);
  await page.getByRole("button", { name: "Add to favourites" }).click();
  await expect(page.getByRole("button", { name: "Remove from favourites" })).toBeVisible();
  await page.goto("/account/favourites");
  await page.getByRole("button", { name: /^(Share|Copy link)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const link = new URL(await page.getByRole("textbox", { name: "Shared link" }).inputValue());
  expect(link.pathname).toMatch(/^\/favourites\/shared\/[A-Za-z0-9_-]{32}$/);

  const friend = await browser.newContext();
  const other = await friend.newPage();
  await other.goto(link.pathname);
  await expect(other.getByRole("heading", { level: 1, name: "Shared favourites" })).toBeVisible();
  await expect(
    other
      .getByRole("list", { name: "Shared favourites" })
      .getByRole("link", { name: /Favourite shared vase/ })
      .first(),
  ).toBeVisible();
  await expect(other.getByRole("button", { name: /Remove from favourites/ })).toHaveCount(0);
  await friend.close();
});
