import type { Page } from "@playwright/test";
import { expect, PRODUCTS, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { CartPage } from "../pages/cart-page";
import { Header } from "../pages/header";
import { setStock } from "../support/cart-db";

// Products no other spec uses: these tests set their stock.
const product = (slug: string) => PRODUCTS.find((p) => p.slug === slug)!;
const car = product("wooden-pull-back-race-car");
const planner = product("weekly-planner-2026");
const blocks = product("cork-yoga-block-set");
const teddy = product("classic-plush-teddy-bear");
const praline = product("hazelnut-praline-box");

test("add a chosen variant and quantity, change it, meet the stock limit, remove it", async ({ page, header, cart }) => {
  await setStock(car.slug, 40);
  await page.goto(`/p/${car.slug}`);
  const color = car.options[0]!.values[1]!;
  await page
    .getByRole("radiogroup", { name: "Color" })
    .getByRole("radio", { name: new RegExp(`^${color}`) })
    .check({ force: true });
  await page.getByRole("spinbutton", { name: "Quantity" }).fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();

  const added = page.getByRole("status").filter({ hasText: "Added to cart" });
  await expect(added).toBeVisible();
  await expect(header.cart).toHaveAccessibleName("Cart, 2 items");
  await added.getByRole("link", { name: "View cart" }).click();

  const line = cart.line(car.title);
  await expect(line).toContainText(color);
  await expect(line.getByRole("spinbutton", { name: "Quantity" })).toHaveValue("2");
  await expect(page.getByText("Subtotal (2 items)")).toBeVisible();
  await expect(cart.checkout).toHaveAttribute("href", "/checkout");

  await cart.setQuantity(car.title, 3);
  await expect(cart.message("status", "Quantity updated")).toBeVisible();
  await expect(page.getByText("Subtotal (3 items)")).toBeVisible();
  await expect(header.cart).toHaveAccessibleName("Cart, 3 items");

  await setStock(car.slug, 4, { Color: color });
  await cart.setQuantity(car.title, 9);
  await expect(cart.message("alert", "Only 4 left in stock — quantity set to 4")).toBeVisible();
  await expect(line.getByRole("spinbutton", { name: "Quantity" })).toHaveValue("4");
  await expect(header.cart).toHaveAccessibleName("Cart, 4 items");

  await line.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue shopping" })).toBeVisible();
  await expect(header.cart).toHaveAccessibleName("Cart, 0 items");
});

test("asking for more than the stock adds what there is and says so", async ({ page, header }) => {
  await setStock(planner.slug, 2);
  await page.goto(`/p/${planner.slug}`);
  await page.getByRole("spinbutton", { name: "Quantity" }).fill("5");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Only 2 left in stock — quantity set to 2" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  await expect(header.cart).toHaveAccessibleName("Cart, 2 items");

  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "you already have 2 in your cart" })).toBeVisible();
  await expect(header.cart).toHaveAccessibleName("Cart, 2 items");
});

test("an item that sold out stays in the cart, flagged, and checkout waits", async ({ page, cart }) => {
  await setStock(blocks.slug, 10);
  await page.goto(`/p/${blocks.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  await setStock(blocks.slug, 0);

  await page.goto("/cart");
  await expect(cart.line(blocks.title).getByRole("alert")).toHaveText("Out of stock");
  await expect(page.getByText("Subtotal (0 items)")).toBeVisible();
  await expect(cart.checkout).toHaveCount(0);
  await expect(page.getByText("Checkout", { exact: true })).toHaveAttribute("aria-disabled", "true");
});

test("on a phone: add from the product page, open the cart from the header, remove @phone", async ({ page, header, cart }) => {
  await setStock(teddy.slug, 30);
  await page.goto(`/p/${teddy.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(header.cart).toHaveAccessibleName("Cart, 1 item");
  await header.cart.click();

  await expect(cart.line(teddy.title)).toBeVisible();
  await expect(cart.checkout).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await cart.line(teddy.title).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
});

test("a guest's cart joins the account's cart at sign-up and at sign-in", async ({ browser }) => {
  test.slow(); // two browsers, an account created (argon2) and a sign-in
  await setStock(praline.slug, 50);
  const email = `${Date.now()}-cart-merge@example.com`;
  const password = "cart merge passphrase 7";

  const first = await browser.newPage();
  await addFromProductPage(first, praline.slug, 1);
  await new AuthPages(first).signUpAndConfirm("Cart Merger", email, password);
  await expect(first.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  await expect(new Header(first).cart).toHaveAccessibleName("Cart, 1 item");
  await first.context().close();

  const second = await browser.newPage();
  await addFromProductPage(second, praline.slug, 2);
  await new AuthPages(second).signIn(email, password);
  await expect(second.getByRole("link", { name: "Account", exact: true })).toBeVisible();
  await second.goto("/cart");
  const line = new CartPage(second).line(praline.title);
  await expect(line.getByRole("spinbutton", { name: "Quantity" })).toHaveValue("3");
  await expect(new Header(second).cart).toHaveAccessibleName("Cart, 3 items");
  await second.context().close();
});

async function addFromProductPage(page: Page, slug: string, quantity: number) {
  await page.goto(`/p/${slug}`);
  await page.getByRole("spinbutton", { name: "Quantity" }).fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  // A first add also sets the cart cookie, so the action re-renders the page: allow for it.
  await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible({ timeout: 15_000 });
}
