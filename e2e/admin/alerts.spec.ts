import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { createOrderAwaitingPayment } from "../support/payment-db";

// Other specs raise alerts at the same time: these tests look only for their own (by the order number), never at totals.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 30_000 };

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Alerts, / });
const alertItem = (page: Page, number: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: new RegExp(number) }) });

/** A guest pays an order through the test gateway (the webhook raises the staff alert); returns its number. */
async function paidOrder(page: Page): Promise<string> {
  const { orderNumber, paymentId, accessPath } = await createOrderAwaitingPayment(2750);
  await page.goto(accessPath);
  await page.goto(`/pay/test/${paymentId}`);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderNumber}$`), slow);
  return orderNumber;
}

test("a paid order lights the staff bell; opening the alert marks it read and goes to the order", async ({ page, browser }) => {
  const staff = await (await browser.newContext()).newPage();
  await new BackOffice(staff).signIn("staff", "/admin");
  const number = await paidOrder(page);

  await staff.reload();
  await expect(bell(staff)).toHaveAccessibleName(/^Alerts, (\d+|99\+) unread$/);
  await expect(bell(staff)).not.toHaveAccessibleName("Alerts, none unread");
  await bell(staff).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  const item = alertItem(staff, number);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Unread");
  expect(await seriousA11yViolations(staff)).toEqual([]);

  await item.getByRole("link", { name: new RegExp(number) }).click();
  await expect(staff).toHaveURL(new RegExp(`/admin/orders/${number}$`), slow);
  await expect(staff.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();

  await staff.goto("/admin/alerts");
  await expect(alertItem(staff, number)).toHaveCount(1);
  await expect(alertItem(staff, number)).not.toContainText("Unread");
});

test("each staff member chooses which alerts reach the bell; Mark all as read", async ({ page, browser }) => {
  const staff = await (await browser.newContext()).newPage();
  await new BackOffice(staff).signIn("staff", "/admin/alerts/settings");
  await expect(staff.getByRole("heading", { level: 1, name: "Alert settings" })).toBeVisible();
  const bellForOrders = staff.getByRole("checkbox", { name: "Bell: New paid orders" });
  await expect(bellForOrders).toBeChecked();
  await expect(staff.getByRole("checkbox", { name: "E-mail: New paid orders" })).toBeChecked();
  expect(await seriousA11yViolations(staff)).toEqual([]);
  await bellForOrders.uncheck();
  await staff.getByRole("button", { name: "Save alert settings" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Alert settings saved." })).toBeVisible(slow);
  await staff.reload();
  await expect(bellForOrders).not.toBeChecked();

  const number = await paidOrder(page);
  await staff.goto("/admin/alerts");
  await expect(staff.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  await expect(alertItem(staff, number)).toHaveCount(0);

  // Back on: the alert is there, unread; Mark all as read reads it.
  await staff.goto("/admin/alerts/settings");
  await bellForOrders.check();
  await staff.getByRole("button", { name: "Save alert settings" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Alert settings saved." })).toBeVisible(slow);
  await staff.goto("/admin/alerts");
  await expect(alertItem(staff, number)).toContainText("Unread");
  await staff.getByRole("button", { name: "Mark all as read" }).click();
  await expect(staff.getByRole("status").filter({ hasText: /Marked \d+ alerts? as read/ })).toBeVisible(slow);
  await staff.reload();
  await expect(alertItem(staff, number)).not.toContainText("Unread");
});
