import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";
import { createOrderAwaitingPayment, paymentState } from "../support/payment-db";

test.describe("test gateway payment page", () => {
  test("a declined card shows the alert and stays; the 4242 card pays and returns to the order", async ({ page }) => {
    const { orderNumber, paymentId } = await createOrderAwaitingPayment(4599);
    await page.goto(`/pay/test/${paymentId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
    await expect(page.getByText("$45.99")).toBeVisible();

    const card = page.getByLabel("Card number");
    await card.fill("4000 0000 0000 0002");
    await page.getByRole("button", { name: "Pay" }).click();
    // The action delivers a signed webhook to the shop before answering: allow for a busy server.
    await expect(page.getByRole("alert").filter({ hasText: "Your card was declined. Try another card." })).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveURL(new RegExp(`/pay/test/${paymentId}$`));
    expect(await paymentState(paymentId)).toEqual({ order: "pending_payment", payment: "failed", paidEvents: 0 });

    await card.fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderNumber}$`), { timeout: 20_000 });
    expect(await paymentState(paymentId)).toEqual({ order: "paid", payment: "succeeded", paidEvents: 1 });

    // Coming back to the paid payment shows no form, only the way to the order.
    await page.goto(`/pay/test/${paymentId}`);
    await expect(page.getByRole("status").filter({ hasText: "This order has already been paid." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Pay" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: `View order ${orderNumber}` })).toBeVisible();
  });

  test("a number that is not a test card is refused and changes nothing", async ({ page }) => {
    const { paymentId } = await createOrderAwaitingPayment(1999);
    await page.goto(`/pay/test/${paymentId}`);
    const card = page.getByLabel("Card number");
    await card.fill("1234 5678");
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check the card number." })).toBeVisible();
    await expect(card).toHaveAccessibleDescription("Enter the 16 digits of the card number.");
    await expect(card).toHaveAttribute("aria-invalid", "true");
    expect(await paymentState(paymentId)).toEqual({ order: "pending_payment", payment: "pending", paidEvents: 0 });
  });

  test("the payment page, with an error shown, has no serious accessibility problems @phone", async ({ page }) => {
    const { paymentId } = await createOrderAwaitingPayment(2500);
    await page.goto(`/pay/test/${paymentId}`);
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check the card number." })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
    expect(serious).toEqual([]);
  });

  test("an unknown payment answers 404", async ({ page }) => {
    const response = await page.goto("/pay/test/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
  });
});
