import { expect, PRODUCTS, test } from "../fixtures";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { createOrderAwaitingPayment, paymentState } from "../support/payment-db";

// Each Pay waits for a server-to-server webhook before it answers: allow for a busy (dev) server.
test.describe.configure({ timeout: 90_000 });

// A product no other spec uses, so its stock is ours to set.
const book = PRODUCTS.find((p) => p.slug === "field-guide-garden-birds")!;

test("guest checkout, a declined card, then the test card: the order page shows Paid", async ({ page }) => {
  await setStock(book.slug, 500);
  await page.goto(`/p/${book.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible({ timeout: 15_000 });
  await page.goto("/checkout");
  await page.getByLabel("Email").fill(`${Date.now()}-payer@example.com`);
  await page.getByLabel("Full name").fill("Pat Payer");
  await page.getByLabel("Address").fill("1 Test Street");
  await page.getByLabel("City").fill("Testville");
  await page.getByLabel("Postal code").fill("12345");
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("button", { name: "Place order" }).click();

  // The test gateway's own page: shop name, order number, amount.
  await expect(page).toHaveURL(/\/pay\/test\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const paymentId = page.url().split("/").pop()!;
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Order MC-\d{4}-\d{6,}$/);
  const orderNumber = (await heading.textContent())!.replace("Order ", "");
  await expect(page.getByText("Pay Mercato")).toBeVisible();

  const card = page.getByLabel("Card number");
  await card.fill("4000 0000 0000 0002");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your card was declined. Try another card." })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`/pay/test/${paymentId}$`));
  expect(await paymentState(paymentId)).toEqual({ order: "pending_payment", payment: "failed", paidEvents: 0 });

  await card.fill("4242424242424242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderNumber}$`), { timeout: 30_000 });
  await expect(page.getByText(`Order ${orderNumber}`).first()).toBeVisible();
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  expect(await paymentState(paymentId)).toEqual({ order: "paid", payment: "succeeded", paidEvents: 1 });

  // Coming back to the paid payment shows no form, only the way to the order.
  await page.goto(`/pay/test/${paymentId}`);
  await expect(page.getByRole("status").filter({ hasText: "This order has already been paid." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pay" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `View order ${orderNumber}` })).toBeVisible();
});

test.describe("test gateway payment page", () => {
  test("a number that is not a test card is refused and changes nothing", async ({ page }) => {
    const { paymentId, accessPath } = await createOrderAwaitingPayment(1999);
    await page.goto(accessPath); // the guest's e-mailed link: only the order's browser may pay it
    await page.goto(`/pay/test/${paymentId}`);
    const card = page.getByLabel("Card number");
    await card.fill("1234 5678");
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check the card number." })).toBeVisible({ timeout: 15_000 });
    await expect(card).toHaveAccessibleDescription("Enter the 16 digits of the card number.");
    await expect(card).toHaveAttribute("aria-invalid", "true");
    expect(await paymentState(paymentId)).toEqual({ order: "pending_payment", payment: "pending", paidEvents: 0 });
  });

  test("the payment page, with an error shown, has no serious accessibility problems @phone", async ({ page }) => {
    const { paymentId, accessPath } = await createOrderAwaitingPayment(2500);
    await page.goto(accessPath); // the guest's e-mailed link: only the order's browser may pay it
    await page.goto(`/pay/test/${paymentId}`);
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check the card number." })).toBeVisible({ timeout: 15_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("an unknown payment answers 404", async ({ page }) => {
    const response = await page.goto("/pay/test/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
  });
});
