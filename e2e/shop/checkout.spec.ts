import { expect, PRODUCTS, test } from "../fixtures";
import { OrderPage } from "../pages/order-page";
import type { CheckoutPage } from "../pages/checkout-page";
import { setStock } from "../support/cart-db";
import { latestMailTo } from "../support/db";
import { forceOrderStatus, latestOrderFor, stockOfProduct } from "../support/order-db";

// Tea products no other spec uses: these tests set their stock.
const product = (slug: string) => PRODUCTS.find((p) => p.slug === slug)!;
const pearls = product("organic-jasmine-pearls");
const breakfast = product("english-breakfast-tea-80");
const chamomile = product("organic-chamomile-lemon-balm");
const puer = product("yunnan-puer-tea-cake-357g");
const address = {
  fullName: "Grace Guest",
  line1: "12 Harbour Road",
  city: "Portland",
  postalCode: "97201",
  country: "Canada",
  phone: "+1 555 0100",
};
const emailFor = (tag: string) => `${Date.now()}-${tag}@example.com`;
// Each test places an order through server actions and visits several pages: allow for a busy server.
const slow = { timeout: 30_000 };

test.describe.configure({ timeout: 90_000 });

/** A guest buys one of `slug` with Standard shipping and reaches the payment page; returns the order. */
async function placeGuestOrder(checkout: CheckoutPage, slug: string, tag: string) {
  const page = checkout.page;
  await setStock(slug, 300);
  await checkout.addToCart(slug);
  await page.goto("/checkout");
  const email = emailFor(tag);
  await checkout.fill(email, address, "Standard");
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\//, { timeout: 30_000 });
  return { email, order: (await latestOrderFor(email))! };
}

test("a guest checks out with an address and Express shipping and lands on the payment page", async ({ page, checkout }) => {
  await setStock(pearls.slug, 500);
  await checkout.addToCart(pearls.slug);
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "Order summary" })).toBeVisible();
  await expect(page.getByText(pearls.title).first()).toBeVisible();

  // Nothing filled in: each missing field is named, nothing is ordered.
  await checkout.placeOrder.click();
  await expect(checkout.message("alert", "Please correct the highlighted fields.")).toBeVisible(slow);
  await expect(page.getByText("Enter your full name")).toBeVisible();

  const email = emailFor("guest");
  await checkout.fill(email, address, "Express");
  await expect(page.getByRole("radio", { name: "Express" })).toBeChecked();
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\/[0-9a-f-]{36}$/, { timeout: 30_000 });

  const order = (await latestOrderFor(email))!;
  expect(order).toMatchObject({ status: "pending_payment", shippingMethodCode: "express", total: pearls.basePrice + 1499 });
  expect((await latestMailTo(email, "order-placed"))?.text).toContain(order.number);

  // The guest's browser may open its order; the cart is empty now.
  await page.goto(`/orders/${order.number}`);
  await expect(page.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
  await expect(page.getByText("Pending payment", { exact: true })).toBeVisible();
  await expect(page.getByText("Express").first()).toBeVisible();
  await expect(page.getByText("12 Harbour Road")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pay now" })).toBeVisible();
  await page.goto("/checkout");
  await expect(page.getByRole("link", { name: "Go to your cart" })).toBeVisible();
});

test("a guest cancels an unpaid order: the stock comes back and the history shows it", async ({ page, checkout }) => {
  const { order } = await placeGuestOrder(checkout, chamomile.slug, "cancel");
  expect(await stockOfProduct(chamomile.slug)).toBe(299);

  await page.goto(`/orders/${order.number}`);
  await page.getByRole("button", { name: "Cancel order" }).click();
  await expect(checkout.message("status", "Your order is cancelled")).toBeVisible(slow);
  await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  const history = page.getByRole("region", { name: "History" }).getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(/Pending payment\s*· You/);
  await expect(history.nth(1)).toContainText(/Cancelled\s*· You/);
  expect(await stockOfProduct(chamomile.slug)).toBe(300);
});

test("/track opens a guest's order by number and e-mail; a guessed order URL answers 404", async ({ checkout, browser }) => {
  const { email, order } = await placeGuestOrder(checkout, breakfast.slug, "track");

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const guessed = await other.goto(`/orders/${order.number}`);
    expect(guessed?.status()).toBe(404);

    const tracking = new OrderPage(other);
    await tracking.track(order.number, `wrong-${email}`);
    await expect(other.getByRole("alert").filter({ hasText: "No order matches that number and e-mail" })).toBeVisible(slow);
    await expect(other.getByLabel("Order number")).toHaveValue(order.number);

    await tracking.submitTrack(order.number, email.toUpperCase());
    await expect(other).toHaveURL(new RegExp(`/orders/${order.number}$`), slow);
    await expect(other.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
    await expect(other.getByText("Pending payment", { exact: true })).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test("/track only shows an order: changes and the payment page need the order e-mail's link; a stranger's payment page is 404", async ({
  page,
  checkout,
  browser,
}) => {
  const { email, order } = await placeGuestOrder(checkout, breakfast.slug, "track-view");
  const payPath = new URL(page.url()).pathname;
  await expect(page.getByLabel("Card number")).toBeVisible(); // the browser that placed it may pay

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    expect((await other.goto(payPath))?.status()).toBe(404);

    await new OrderPage(other).track(order.number, email);
    await expect(other.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible(slow);
    await expect(other.getByText("open the link in your order e-mail")).toBeVisible();
    await expect(other.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
    await expect(other.getByRole("button", { name: "Pay now" })).toHaveCount(0);
    expect((await other.goto(payPath))?.status()).toBe(404);

    // The order e-mail's link (held in the outbox until delivery: no SMTP here) gives this browser the order in full.
    const mail = await latestMailTo(email, "order-placed");
    const link = new URL(/https?:\/\/\S+\/access\?k=\S+/.exec(mail!.text)![0]);
    await other.goto(`${link.pathname}${link.search}`);
    await expect(other).toHaveURL(new RegExp(`/orders/${order.number}$`), slow);
    await expect(other.getByRole("button", { name: "Cancel order" })).toBeVisible();
    await other.goto(payPath);
    await expect(other.getByLabel("Card number")).toBeVisible();

    // A forged key opens nothing.
    expect((await other.request.get(`/orders/${order.number}/access?k=${order.id}.forged`, { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    await fresh.close();
  }
});

test("after delivery the shopper sees tracking, may review, and asks for a refund with a reason", async ({ page, checkout, orderPage }) => {
  const { order } = await placeGuestOrder(checkout, puer.slug, "refund");
  await forceOrderStatus(order.number, "delivered");

  await page.goto(`/orders/${order.number}`);
  await expect(page.getByText("Delivered", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("JD014600006281230")).toBeVisible();
  await expect(page.getByRole("link", { name: "Write a review" })).toHaveAttribute(
    "href",
    new RegExp(`/orders/${order.number}/review/\\d+$`),
  );
  await expect(page.getByRole("button", { name: "Confirm receipt" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);

  await page.getByRole("button", { name: "Request refund" }).click();
  await expect(page.getByText("Tell us in a few words why you want a refund")).toBeVisible(slow);
  await orderPage.requestRefund("The cake arrived broken into pieces");
  await expect(checkout.message("status", "Refund requested")).toBeVisible(slow);
  await expect(page.getByText("Refund requested", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Your reason: The cake arrived broken into pieces")).toBeVisible();
  await expect(page.getByRole("button", { name: "Request refund" })).toHaveCount(0);
});
