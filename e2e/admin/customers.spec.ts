import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount, createDeliveredOrder } from "../support/account-db";
import { testDb } from "../support/db";
import { formFields, pageWithoutJavaScript, replayForm } from "../support/replay-form";
import { createStaffAccount } from "../support/staff-db";

async function roleOf(id: string): Promise<string> {
  const [row] = await testDb()`select role from users where id = ${id}`;
  return row!.role as string;
}

/** A browser context signed in as a fresh shopper (or nobody), for replaying posts. */
async function otherContext(
  browser: Browser,
  who: "shopper" | "nobody",
): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  if (who === "shopper") await new AccountPages(await context.newPage()).signIn(await createAccount("Sam Shopper"), "/account");
  return { request: context.request, close: () => context.close() };
}

test("a merchant finds a customer and opens their order", async ({ page, backOffice }) => {
  const name = `Morgan Findme ${Date.now().toString(36)}`;
  const customer = await createAccount(name);
  const order = await createDeliveredOrder(customer.id, "the-slow-kitchen");
  await backOffice.signIn("staff", "/admin/customers");

  await page.getByRole("searchbox", { name: "Search" }).fill(name.toLowerCase());
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/\/admin\/customers\?q=/);
  const row = page.getByRole("row").filter({ hasText: customer.email });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("1"); // orders
  await row.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lifetime value" })).toContainText(/\$\d/);
  await expect(page.getByRole("link", { name: order.number })).toHaveAttribute("href", `/admin/orders/${order.number}`);
  // Staff see the role but cannot change it.
  await expect(page.getByRole("region", { name: "Role" })).toContainText("Only an admin can change roles.");
  await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);
});

test("an admin makes a customer staff, who can then open the back office", async ({ page, browser, backOffice }) => {
  const customer = await createAccount("Riley Promoted");
  await backOffice.signIn("admin", `/admin/customers/${customer.id}`);
  await page.getByRole("combobox", { name: "Role" }).selectOption("staff");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed: this account is now staff." })).toBeVisible();
  expect(await roleOf(customer.id)).toBe("staff");

  const context = await browser.newContext();
  const promoted = await context.newPage();
  await new AccountPages(promoted).signIn(customer, "/admin");
  await expect(promoted.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await context.close();
});

test("an admin cannot change their own role", async ({ page, backOffice }) => {
  const me = await backOffice.signIn("admin", "/admin/customers");
  await page.goto(`/admin/customers/${me.id}`);
  await expect(page.getByRole("region", { name: "Role" })).toContainText("This is your account");
  await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);
});

test("staff, shoppers and visitors who replay a role change change nothing", async ({ page, browser, backOffice }) => {
  const customer = await createAccount("Jules Target");
  await backOffice.signIn("admin", `/admin/customers/${customer.id}`);
  const url = page.url();
  const plain = await pageWithoutJavaScript(browser, page, url);
  const fields = await formFields(plain.getByRole("form", { name: "Change role" }));
  await plain.context().close();

  const staff = await browser.newContext();
  await new AccountPages(await staff.newPage()).signIn(await createStaffAccount("staff"), "/admin");
  const callers = [
    { request: staff.request, close: () => staff.close() },
    await otherContext(browser, "shopper"),
    await otherContext(browser, "nobody"),
  ];
  for (const caller of callers) {
    const response = await replayForm(caller.request, url, fields, { role: "admin" });
    // 400 would be Next rejecting the post as no action at all; the page's own answer after the refusal is 200, 307 or 404.
    expect([200, 307, 404]).toContain(response.status());
    expect(await roleOf(customer.id)).toBe("customer");
    await caller.close();
  }
  // The same post from the admin does change the role: the replay is a real action call.
  expect((await replayForm(page.request, url, fields, { role: "staff" })).status()).toBeLessThan(400);
  expect(await roleOf(customer.id)).toBe("staff");
});

test("shoppers and signed-out visitors are refused the customer pages", async ({ page, browser }) => {
  const customer = await createAccount("Pat Private");
  await page.goto("/admin/customers");
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await page.goto(`/admin/customers/${customer.id}`);
  expect(new URL(page.url()).pathname).toBe("/sign-in");

  const context = await browser.newContext();
  const shopper = await context.newPage();
  await new AccountPages(shopper).signIn(await createAccount("Sam Shopper"), "/account");
  expect((await shopper.goto("/admin/customers"))?.status()).toBe(404);
  expect((await shopper.goto(`/admin/customers/${customer.id}`))?.status()).toBe(404);
  await expect(shopper.getByText(customer.email)).toHaveCount(0);
  await context.close();
});
