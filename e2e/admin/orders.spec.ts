import type { Browser, Page } from "@playwright/test";
import { expect, PRODUCTS, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { BackOffice } from "../pages/admin";
import type { CheckoutPage } from "../pages/checkout-page";
import { createAccount } from "../support/account-db";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { stockOfProduct } from "../support/order-db";
import { seriousA11yViolations } from "../support/axe";
import { formFields, replayForm } from "../support/replay-form";

// Each test pays through the test gateway's webhook and drives two browsers: allow for a busy server.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 30_000 };

// Products no other spec uses: these tests set their stock.
const product = (slug: string) => PRODUCTS.find((p) => p.slug === slug)!;
const skillet = product("cast-iron-skillet-26");
const stool = product("folding-beech-stool");
const lamp = product("brass-led-desk-lamp");
const vases = product("ceramic-bud-vase-trio");

const address = { fullName: "Olive Orders", line1: "7 Quay Street", city: "Bristol", postalCode: "BS1 4DJ", country: "United Kingdom" };
const message = (page: Page, role: "status" | "alert", text: string | RegExp) => page.getByRole(role).filter({ hasText: text });

/** A guest buys one of `slug` and pays with the test card; returns the order number and e-mail (the page stays on the order). */
async function paidGuestOrder(checkout: CheckoutPage, slug: string, tag: string): Promise<{ number: string; email: string }> {
  const page = checkout.page;
  await checkout.addToCart(slug);
  await page.goto("/checkout");
  const email = `${Date.now()}-${tag}@example.com`;
  await checkout.fill(email, address, "Standard");
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\//, slow);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Order ", "").trim();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`), slow);
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  return { number, email };
}

async function staffPage(browser: Browser, next: string, role: "staff" | "admin" = "staff"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new BackOffice(page).signIn(role, next);
  return page;
}

async function orderStatus(number: string): Promise<string> {
  const [row] = await testDb()<{ status: string }[]>`select status from orders where number = ${number}`;
  return row!.status;
}

test("the merchant finds a paid guest order by e-mail, ships it with tracking the shopper sees, then marks it delivered; internal notes stay internal", async ({
  page,
  checkout,
  browser,
}) => {
  await setStock(skillet.slug, 40);
  const { number, email } = await paidGuestOrder(checkout, skillet.slug, "ship");

  const staff = await staffPage(browser, "/admin/orders");
  await staff.getByLabel("Search").fill(email);
  await staff.getByRole("button", { name: "Filter" }).click();
  await expect(staff).toHaveURL(/q=/);
  const rows = staff.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // header + the one order
  await staff.screenshot({ path: "test-results/admin-orders-list.png" });
  await staff.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(staff.getByText(skillet.title).first()).toBeVisible();
  await expect(staff.getByText("Succeeded")).toBeVisible();
  // Only what a paid order allows.
  await expect(staff.getByRole("button", { name: "Mark as delivered" })).toHaveCount(0);
  await expect(staff.getByRole("button", { name: "Approve refund" })).toHaveCount(0);

  // A blank shipment is refused with the reason, nothing changes.
  await staff.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(message(staff, "alert", "Please correct the highlighted fields.")).toBeVisible(slow);
  await expect(staff.getByText("Enter the carrier")).toBeVisible();
  expect(await orderStatus(number)).toBe("paid");

  await staff.getByLabel("Carrier").fill("DHL");
  await staff.getByLabel("Tracking number").fill("JD0146000099");
  await staff.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(message(staff, "status", "Marked as shipped")).toBeVisible(slow);
  await expect(staff.getByText(/Staff: Sasha Staff/).first()).toBeVisible();

  await staff.getByLabel("Note", { exact: true }).fill("Customer asked for gift wrap by phone");
  await staff.getByRole("button", { name: "Add note" }).click();
  await expect(message(staff, "status", "Internal note added.")).toBeVisible(slow);
  await expect(staff.getByText("Customer asked for gift wrap by phone")).toBeVisible();
  await expect(staff.getByText("Internal note", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Shipped", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("JD0146000099").first()).toBeVisible();
  await expect(page.getByText("DHL").first()).toBeVisible();
  await expect(page.getByText("Customer asked for gift wrap by phone")).toHaveCount(0);

  await staff.getByRole("button", { name: "Mark as delivered" }).click();
  await expect(message(staff, "status", "Marked as delivered.")).toBeVisible(slow);
  await expect(staff.getByRole("button", { name: "Mark as shipped" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Delivered", { exact: true }).first()).toBeVisible();
  await staff.screenshot({ path: "test-results/admin-order-detail.png", fullPage: true });
});

test("a shopper's refund request is approved with restock: Refunded, the payment refunded and the stock back", async ({
  page,
  checkout,
  browser,
  orderPage,
}) => {
  await setStock(stool.slug, 25);
  const { number } = await paidGuestOrder(checkout, stool.slug, "refund");
  expect(await stockOfProduct(stool.slug)).toBe(24);
  await orderPage.requestRefund("The stool wobbles on one leg");
  await expect(page.getByText("Refund requested", { exact: true }).first()).toBeVisible(slow);

  // Refunds need an admin: staff are told so and nothing changes.
  const clerk = await staffPage(browser, `/admin/orders/${number}`);
  await clerk.getByRole("button", { name: "Approve refund" }).click();
  await expect(message(clerk, "alert", "Only an admin can refund an order")).toBeVisible(slow);
  expect(await orderStatus(number)).toBe("refund_requested");
  await clerk.context().close();

  const staff = await staffPage(browser, `/admin/orders/${number}`, "admin");
  await expect(staff.getByText("The stool wobbles on one leg").first()).toBeVisible();
  await expect(staff.getByRole("button", { name: "Mark as shipped" })).toHaveCount(0);
  await staff.screenshot({ path: "test-results/admin-order-refund-requested.png", fullPage: true });
  expect(await seriousA11yViolations(staff)).toEqual([]);
  await staff.getByLabel("Restock returned items").check();
  await staff.getByRole("button", { name: "Approve refund" }).click();
  await expect(message(staff, "status", "Refund approved")).toBeVisible(slow);
  await expect(staff.getByText("Refunded", { exact: true }).first()).toBeVisible();
  await expect(staff.getByText(/refunded through the test gateway; items restocked/)).toBeVisible();
  await expect(staff.getByText("Refunded", { exact: true }).nth(1)).toBeVisible(); // the payment's status too

  await page.reload();
  await expect(page.getByText("Refunded", { exact: true }).first()).toBeVisible();
  expect(await stockOfProduct(stool.slug)).toBe(25);
  const [payment] = await testDb()<
    { status: string }[]
  >`select p.status from payments p join orders o on o.id = p.order_id where o.number = ${number}`;
  expect(payment!.status).toBe("refunded");
});

test("a refund request is rejected with a message the shopper sees; a second decision is refused", async ({
  page,
  checkout,
  browser,
  orderPage,
}) => {
  await setStock(lamp.slug, 25);
  const { number } = await paidGuestOrder(checkout, lamp.slug, "reject");
  await orderPage.requestRefund("I found it cheaper elsewhere");
  await expect(page.getByText("Refund requested", { exact: true }).first()).toBeVisible(slow);

  // An admin, who may approve refunds: the second decision is refused by the order's state, not by the role.
  const staff = await staffPage(browser, `/admin/orders/${number}`, "admin");
  const approveForm = staff.getByRole("form", { name: "Approve the refund" });
  const stale = await formFields(approveForm);
  // A second tab of the same staff member, still showing the request.
  const otherTab = await staff.context().newPage();
  await otherTab.goto(`/admin/orders/${number}`);
  await staff.getByLabel("Message to the shopper").fill("Price matching is not offered, sorry.");
  await staff.getByRole("button", { name: "Reject refund" }).click();
  await expect(message(staff, "status", "Refund request rejected.")).toBeVisible(slow);
  expect(await orderStatus(number)).toBe("refund_rejected");

  // The other tab's Approve refund is refused with the reason, and nothing changes.
  await otherTab.getByRole("button", { name: "Approve refund" }).click();
  await expect(message(otherTab, "alert", "This order is refund rejected, so there is no refund request to approve.")).toBeVisible(slow);
  // The approve form from before the rejection, posted again, is refused by the state machine.
  const replay = await replayForm(staff.request, staff.url(), stale);
  expect(replay.status()).toBeLessThan(500);
  expect(await orderStatus(number)).toBe("refund_rejected");

  await page.reload();
  await expect(page.getByText("Refund rejected", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Price matching is not offered, sorry.")).toBeVisible();
});

test("an admin cancels a paid order (staff may not): the payment is refunded through the provider and the stock comes back", async ({
  page,
  checkout,
  browser,
}) => {
  await setStock(vases.slug, 12);
  const { number } = await paidGuestOrder(checkout, vases.slug, "cancel");
  expect(await stockOfProduct(vases.slug)).toBe(11);
  const clerk = await staffPage(browser, `/admin/orders/${number}`);
  await clerk.getByRole("button", { name: "Cancel order" }).click();
  await expect(message(clerk, "alert", "Only an admin can cancel a paid order")).toBeVisible(slow);
  expect(await orderStatus(number)).toBe("paid");
  await clerk.context().close();
  const staff = await staffPage(browser, `/admin/orders/${number}`, "admin");
  await expect(staff.getByText(/payment is refunded in full through the payment provider first/)).toBeVisible();
  await staff.getByLabel("Reason for cancelling").fill("Out of stock at the warehouse");
  await staff.getByRole("button", { name: "Cancel order" }).click();
  await expect(message(staff, "status", "Order cancelled")).toBeVisible(slow);
  await expect(
    staff.getByText(/Out of stock at the warehouse · Cancelled after payment: payment refunded through the test gateway/),
  ).toBeVisible();
  expect(await stockOfProduct(vases.slug)).toBe(12);
  await page.reload();
  await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  const [payment] = await testDb()<
    { status: string }[]
  >`select p.status from payments p join orders o on o.id = p.order_id where o.number = ${number}`;
  expect(payment!.status).toBe("refunded");
});

test.describe("access", () => {
  test("signed-out visitors are sent to sign in; shoppers get 404 on the order pages", async ({ page, accountPages }) => {
    await page.goto("/admin/orders");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);
    const shopper = await createAccount("Sam Shopper");
    await accountPages.signIn(shopper);
    expect((await page.goto("/admin/orders"))?.status()).toBe(404);
    expect((await page.goto("/admin/orders/MC-2026-000001"))?.status()).toBe(404);
  });

  test("a replayed Mark as shipped post from a shopper or nobody changes nothing", async ({ checkout, browser, playwright }) => {
    await setStock(skillet.slug, 40);
    const { number } = await paidGuestOrder(checkout, skillet.slug, "replay");
    const staff = await staffPage(browser, `/admin/orders/${number}`);
    await staff.getByLabel("Carrier").fill("UPS");
    await staff.getByLabel("Tracking number").fill("1Z999AA10123456784");
    const fields = await formFields(staff.getByRole("form", { name: "Ship the order" }));
    const url = staff.url();

    const shopperContext = await browser.newContext();
    const shopperPage = await shopperContext.newPage();
    await new AccountPages(shopperPage).signIn(await createAccount("Replaying Shopper"));
    const asShopper = await replayForm(shopperContext.request, url, fields);
    expect(asShopper.status()).toBeLessThan(500);
    const anonymous = await playwright.request.newContext();
    await replayForm(anonymous, url, fields);

    expect(await orderStatus(number)).toBe("paid");
    const [shipped] = await testDb()<{ n: number }[]>`
      select count(*)::int as n from order_events e join orders o on o.id = e.order_id where o.number = ${number} and e.to_status = 'shipped'`;
    expect(shipped!.n).toBe(0);
    await anonymous.dispose();
  });
});
