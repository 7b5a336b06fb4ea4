import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { BackOffice } from "../pages/admin";
import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { waitForMailTo } from "../support/db";
import { createDeliveredOrderOf, createSizedProduct, refundsOf, stockOfVariant } from "../support/return-db";

// Two browsers (shopper and admin) and several server round trips each.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 30_000 };
// A small red PNG, as a phone would send a photo (re-encoded to WebP by the shop).
const PHOTO = {
  name: "chipped-mug.png",
  mimeType: "image/png",
  buffer: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4YaOBFTEMpAQAmkY4QWYStdsAAAAASUVORK5CYII=",
    "base64",
  ),
};
const message = (page: Page, role: "status" | "alert", text: string | RegExp) => page.getByRole(role).filter({ hasText: text });

async function adminPage(browser: Browser, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new BackOffice(page).signIn("admin", next);
  return page;
}

test("a partial return with a return shipment: 1 of 2 units of one line of three, approved, received, restocked and refunded", async ({
  page,
  browser,
}) => {
  const shopper = await createAccount("Rita Returns");
  const [mugs, bowl, spoon] = await Promise.all([
    createSizedProduct("Returnable mug", [{ size: "One size", price: 1500, stock: 10 }]),
    createSizedProduct("Returnable bowl", [{ size: "One size", price: 800, stock: 10 }]),
    createSizedProduct("Returnable spoon", [{ size: "One size", price: 500, stock: 10 }]),
  ]);
  const order = await createDeliveredOrderOf(shopper, [
    { variantId: mugs.variantIds[0]!, quantity: 2 },
    { variantId: bowl.variantIds[0]!, quantity: 1 },
    { variantId: spoon.variantIds[0]!, quantity: 1 },
  ]);

  await new AccountPages(page).signIn(shopper, `/orders/${order.number}`);
  await expect(page.getByText(/You can return items until/)).toBeVisible();
  await page.getByRole("link", { name: "Return items" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Return items" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page
    .getByRole("row", { name: /Returnable mug/ })
    .getByLabel("Quantity to return")
    .fill("1");
  await page.getByLabel("Reason").fill("One of the mugs arrived chipped");
  await page.getByLabel("Photos").setInputFiles(PHOTO);
  await expect(page.getByRole("radio", { name: "Refund" })).toBeChecked();
  await page.getByRole("button", { name: "Submit return" }).click();
  await expect(message(page, "status", "Return requested.")).toBeVisible(slow);
  const returnNumber = `${order.number}-R1`;
  await expect(page.getByText(returnNumber, { exact: true })).toBeVisible();
  await expect(page.getByText("Requested", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: `Photo 1 of ${returnNumber}` })).toBeVisible();

  const admin = await adminPage(browser, "/admin/returns?status=requested");
  await expect(new BackOffice(admin).nav().getByRole("link", { name: "Returns" })).toBeVisible();
  expect(await seriousA11yViolations(admin)).toEqual([]);
  await admin.getByRole("link", { name: returnNumber }).click();
  await admin.getByLabel("Note to the shopper").fill("Please use the prepaid label");
  await admin.getByRole("button", { name: "Approve return" }).click();
  await expect(message(admin, "status", "Return approved.")).toBeVisible(slow);
  await waitForMailTo(shopper.email, "return-approved");

  await page.reload();
  await expect(page.getByText("From the shop: Please use the prepaid label")).toBeVisible();
  await page.getByLabel("Return carrier").fill("DHL");
  await page.getByLabel("Return tracking number").fill("RT-0042-77");
  await page.getByRole("button", { name: "Send return details" }).click();
  await expect(message(page, "status", "we will look out for your parcel")).toBeVisible(slow);
  await expect(page.getByText(/Sent back with DHL, tracking number RT-0042-77/)).toBeVisible();

  const before = await stockOfVariant(mugs.variantIds[0]!);
  await admin.reload();
  await expect(admin.getByText(/RT-0042-77/).first()).toBeVisible();
  await admin.getByRole("button", { name: "Mark return received" }).click();
  await expect(message(admin, "status", "Return marked received")).toBeVisible(slow);
  expect(await stockOfVariant(mugs.variantIds[0]!)).toBe(before + 1);
  await admin.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(message(admin, "status", "Return refunded")).toBeVisible(slow);
  const total = `$${(order.total / 100).toFixed(2)}`;
  await expect(admin.getByText(`Refunded $15.00 of ${total}`)).toBeVisible();
  expect(await refundsOf(order.id)).toEqual([{ kind: "return", amount: 1500 }]);
  await waitForMailTo(shopper.email, "refund-issued");

  await page.reload();
  await expect(page.getByText(`Refunded $15.00 of ${total}`)).toBeVisible();
  await expect(page.getByText(`Return ${returnNumber} approved: Please use the prepaid label`)).toBeVisible();
  // One of two mugs is still returnable; the others too.
  await page.getByRole("link", { name: "Return items" }).click();
  await expect(page.getByRole("row", { name: /Returnable mug/ })).toContainText("1 of 2");
  expect(await seriousA11yViolations(admin)).toEqual([]);
  await admin.screenshot({ path: "test-results/admin-return.png", fullPage: true });
});

test("an exchange: the shopper asks for another size, the shop receives the parcel and ships the new size", async ({ page, browser }) => {
  const shopper = await createAccount("Eli Exchange");
  const shirt = await createSizedProduct("Exchangeable shirt", [
    { size: "M", price: 2500, stock: 5 },
    { size: "L", price: 2500, stock: 3 },
  ]);
  const order = await createDeliveredOrderOf(shopper, [{ variantId: shirt.variantIds[0]!, quantity: 1 }]);

  await new AccountPages(page).signIn(shopper, `/orders/${order.number}/return`);
  await page.getByLabel("Quantity to return").fill("1");
  await page.getByRole("radio", { name: "Exchange" }).check();
  await page.getByLabel("Replacement").selectOption({ label: "L" });
  await page.getByLabel("Reason").fill("Too tight across the shoulders");
  await page.getByRole("button", { name: "Submit return" }).click();
  await expect(message(page, "status", "Return requested.")).toBeVisible(slow);
  const returnNumber = `${order.number}-R1`;
  await expect(page.getByText(/1 × Exchangeable shirt \(M\) → L/)).toBeVisible();

  const admin = await adminPage(browser, `/admin/returns/${returnNumber}`);
  await admin.getByRole("button", { name: "Approve return" }).click();
  await expect(message(admin, "status", "Return approved.")).toBeVisible(slow);
  await admin.getByLabel(/Restock/).fill("1");
  await admin.getByRole("button", { name: "Mark return received" }).click();
  await expect(message(admin, "status", "Return marked received")).toBeVisible(slow);
  await admin.getByLabel("Carrier").fill("UPS");
  await admin.getByLabel("Tracking number").fill("1Z-EXCH-9");
  await admin.getByRole("button", { name: "Ship exchange" }).click();
  await expect(message(admin, "status", "Exchange shipped.")).toBeVisible(slow);
  expect(await stockOfVariant(shirt.variantIds[1]!)).toBe(2);
  expect(await stockOfVariant(shirt.variantIds[0]!)).toBe(6);
  expect(await refundsOf(order.id)).toEqual([]);

  await page.goto(`/orders/${order.number}`);
  await expect(page.getByText("Exchange shipped with UPS, tracking number 1Z-EXCH-9")).toBeVisible();
  await expect(page.getByText("Exchanged", { exact: true })).toBeVisible();
  await waitForMailTo(shopper.email, "return-exchanged");
});

test("after the return window no return can be started, on the page or at its address", async ({ page }) => {
  const shopper = await createAccount("Lou Late");
  const lamp = await createSizedProduct("Late lamp", [{ size: "One size", price: 4000, stock: 4 }]);
  const order = await createDeliveredOrderOf(shopper, [{ variantId: lamp.variantIds[0]!, quantity: 1 }], { daysAgo: 45 });
  await new AccountPages(page).signIn(shopper, `/orders/${order.number}`);
  await expect(page.getByText(/The return window closed on/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Return items" })).toHaveCount(0);
  await page.goto(`/orders/${order.number}/return`);
  await expect(page.getByText("The 30-day return window for this order has closed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit return" })).toHaveCount(0);
});

test("a refund without return: an admin refunds one item that never arrived plus the shipping; the shopper sees it", async ({
  page,
  browser,
}) => {
  const shopper = await createAccount("Nia Noreturn");
  const [kettle, cups] = await Promise.all([
    createSizedProduct("Lost kettle", [{ size: "One size", price: 3200, stock: 5 }]),
    createSizedProduct("Arrived cups", [{ size: "One size", price: 700, stock: 5 }]),
  ]);
  const order = await createDeliveredOrderOf(shopper, [
    { variantId: kettle.variantIds[0]!, quantity: 1 },
    { variantId: cups.variantIds[0]!, quantity: 2 },
  ]);
  const admin = await adminPage(browser, `/admin/orders/${order.number}`);
  await admin.getByText("Refund items without a return").click();
  await admin.getByLabel("Units to refund of Lost kettle").fill("1");
  await admin.getByLabel(/Also refund the shipping/).check();
  await admin.getByLabel("Why (shown to the shopper)").fill("Lost by the carrier");
  await admin.getByRole("button", { name: "Refund without return" }).click();
  await expect(message(admin, "status", "Refunded $36.99 through the payment provider")).toBeVisible(slow);
  expect(await refundsOf(order.id)).toEqual([{ kind: "no_return", amount: 3699 }]);
  await waitForMailTo(shopper.email, "refund-issued");

  await new AccountPages(page).signIn(shopper, `/orders/${order.number}`);
  await expect(page.getByText(`Refunded $36.99 of $${(order.total / 100).toFixed(2)}`)).toBeVisible();
  await expect(page.getByText("Refunded $36.99 (Lost by the carrier). Payment refunded through the test gateway")).toBeVisible();
  // The refunded kettle can no longer be returned; the cups can.
  await page.getByRole("link", { name: "Return items" }).click();
  await expect(page.getByRole("row", { name: /Lost kettle/ })).toContainText("0 of 1");
  await expect(page.getByRole("row", { name: /Arrived cups/ })).toContainText("2 of 2");
  // A return the shopper thinks better of: withdrawn before it is received, the cups are returnable again.
  await page
    .getByRole("row", { name: /Arrived cups/ })
    .getByLabel("Quantity to return")
    .fill("2");
  await page.getByLabel("Reason").fill("Ordered too many by mistake");
  await page.getByRole("button", { name: "Submit return" }).click();
  await expect(message(page, "status", "Return requested.")).toBeVisible(slow);
  await page.getByRole("button", { name: "Withdraw return" }).click();
  await expect(message(page, "status", "Your return is withdrawn.")).toBeVisible(slow);
  await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Return items" })).toBeVisible();
});
