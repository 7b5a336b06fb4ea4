import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { testDb } from "../support/db";
import { createOrderAwaitingPayment } from "../support/payment-db";

// "Review orders before fulfilment" is one store-wide setting: while it is on, any other payment would wait for review
// too. So this spec sits in e2e/store-wide/, which the "store-wide" project runs alone after every other spec
// (playwright.config.ts), and it still switches the setting on only around its own payment and back at once.
test.describe.configure({ mode: "serial", timeout: 120_000 });
const slow = { timeout: 30_000 };

const message = (page: Page, role: "status" | "alert", text: string | RegExp) => page.getByRole(role).filter({ hasText: text });

async function reviewSetting(): Promise<boolean> {
  const [row] = await testDb()<{ on: boolean }[]>`select review_orders_before_fulfilment as on from store_settings where id = 1`;
  return row?.on ?? false;
}
async function setReviewSetting(on: boolean): Promise<void> {
  await testDb()`update store_settings set review_orders_before_fulfilment = ${on} where id = 1`;
}
async function orderStatus(number: string): Promise<{ status: string; reviewed: boolean; paid: boolean }> {
  const [row] = await testDb()<{ status: string; reviewed: boolean; paid: boolean }[]>`
    select status, reviewed_at is not null as reviewed, paid_at is not null as paid from orders where number = ${number}`;
  return row!;
}

test("review step: with the setting on a paid order waits for review; the merchant approves it, then it can ship", async ({
  page,
  browser,
}) => {
  const before = await reviewSetting();
  const admin = await (await browser.newContext()).newPage();
  await new BackOffice(admin).signIn("admin", "/admin/settings");
  const checkbox = admin.getByRole("checkbox", { name: "Review orders before fulfilment" });
  await expect(checkbox).toBeVisible();

  // The shopper's order waits on the payment page, card typed in.
  const { orderNumber, paymentId, accessPath } = await createOrderAwaitingPayment(3150);
  await page.goto(accessPath);
  await page.goto(`/pay/test/${paymentId}`);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");

  try {
    await checkbox.check();
    await admin.getByRole("button", { name: "Save settings" }).click();
    await expect(message(admin, "status", "Settings saved.")).toBeVisible(slow);
    expect(await reviewSetting()).toBe(true);

    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderNumber}$`), slow);
  } finally {
    await setReviewSetting(before);
  }
  // The shopper sees it paid and being checked.
  await expect(page.getByText("Awaiting review", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Your payment arrived. We check each order before preparing it")).toBeVisible();
  expect(await orderStatus(orderNumber)).toEqual({ status: "awaiting_review", reviewed: false, paid: true });

  // The back office: the order list counts orders awaiting review and filters them.
  await admin.goto("/admin/orders");
  await expect(admin.getByRole("link", { name: /awaits? review/ })).toBeVisible();
  await admin.getByLabel("Status").selectOption({ label: "Awaiting review" });
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/status=awaiting_review/);
  await admin.getByRole("link", { name: orderNumber }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  // Not shippable before review; cancelling is offered (it would refund).
  await expect(admin.getByRole("button", { name: "Mark as shipped" })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Cancel order" })).toBeVisible();

  await admin.getByRole("button", { name: "Approve order" }).click();
  await expect(message(admin, "status", "Order approved: it can be shipped now.")).toBeVisible(slow);
  await expect(admin.getByRole("button", { name: "Approve order" })).toHaveCount(0);
  expect(await orderStatus(orderNumber)).toEqual({ status: "paid", reviewed: true, paid: true });

  await admin.getByLabel("Carrier").fill("DHL");
  await admin.getByLabel("Tracking number").fill("JD0146000777");
  await admin.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(message(admin, "status", "Marked as shipped")).toBeVisible(slow);
  await page.reload();
  await expect(page.getByText("Shipped", { exact: true }).first()).toBeVisible();
});
