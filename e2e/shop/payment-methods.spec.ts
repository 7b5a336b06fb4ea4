import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import type { CheckoutPage } from "../pages/checkout-page";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { latestOrderFor } from "../support/order-db";
import { paymentMethodOf, paymentState, resetPaymentMethods } from "../support/payment-db";
import { untranslatedMessages } from "../support/untranslated";

// One product no other spec uses; the tests switch a store setting, so they run one after another.
const slug = "borosilicate-glass-teapot";
const slow = { timeout: 30_000 };
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.afterAll(resetPaymentMethods);

const address = { fullName: "Wen Wallet", line1: "8 Harbour Road", city: "Portland", postalCode: "97201" };

/** A guest with the teapot in the cart, on checkout in `prefix`'s language, the address and Standard shipping filled in. */
async function toCheckout(checkout: CheckoutPage, prefix: "" | "/zh-CN", tag: string): Promise<string> {
  await setStock(slug, 300);
  await checkout.addToCart(slug);
  const email = `${Date.now()}-${tag}@example.com`;
  await checkout.page.goto(`${prefix}/checkout`);
  if (prefix === "") {
    await checkout.fill(email, address, "Standard");
  } else {
    const page = checkout.page;
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("姓名", { exact: true }).fill(address.fullName);
    await page.getByLabel("详细地址", { exact: true }).fill(address.line1);
    await page.getByLabel("城市", { exact: true }).fill(address.city);
    await page.getByLabel("邮政编码", { exact: true }).fill(address.postalCode);
    await page.getByRole("radio", { name: "标准配送" }).check();
  }
  return email;
}

const paymentIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-2)!;

test("a shopper pays with the test wallet, a method without a card, and the order is paid", async ({ page, checkout }) => {
  const email = await toCheckout(checkout, "", "wallet");
  const methods = page.getByRole("radiogroup", { name: "Payment method" });
  await expect(methods.getByRole("radio", { name: "Card" })).toBeChecked();
  await methods.getByRole("radio", { name: "Test wallet" }).check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await checkout.placeOrder.click();

  // The wallet's own hosted page: no card field, only a confirmation.
  await expect(page).toHaveURL(/\/pay\/test\/[0-9a-f-]{36}\/wallet$/, slow);
  const paymentId = paymentIdOf(page);
  const order = (await latestOrderFor(email))!;
  await expect(page.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
  await expect(page.getByLabel("Card number")).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Confirm payment" }).click();

  await expect(page).toHaveURL(new RegExp(`/orders/${order.number}$`), slow);
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
  expect(await paymentState(paymentId)).toEqual({ order: "paid", payment: "succeeded", paidEvents: 1 });
  expect(await paymentMethodOf(paymentId)).toBe("wallet");
});

test("一位顾客用测试钱包付款（简体中文）", async ({ page, checkout }) => {
  const email = await toCheckout(checkout, "/zh-CN", "wallet-zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const methods = page.getByRole("radiogroup", { name: "支付方式" });
  await expect(methods.getByRole("radio", { name: "银行卡" })).toBeChecked();
  await methods.getByRole("radio", { name: "测试钱包" }).check();
  await checkout.page.getByRole("button", { name: "提交订单" }).click();

  await expect(page).toHaveURL(/\/zh-CN\/pay\/test\/[0-9a-f-]{36}\/wallet$/, slow);
  const paymentId = paymentIdOf(page);
  const order = (await latestOrderFor(email))!;
  await expect(page.getByRole("heading", { level: 1, name: `订单 ${order.number}` })).toBeVisible();
  expect(await untranslatedMessages(page, ["payment", "paymentForm"])).toEqual([]);
  await page.getByRole("button", { name: "确认支付" }).click();

  await expect(page).toHaveURL(new RegExp(`/zh-CN/orders/${order.number}$`), slow);
  await expect(page.getByText("已付款", { exact: true }).first()).toBeVisible();
  expect(await paymentState(paymentId)).toEqual({ order: "paid", payment: "succeeded", paidEvents: 1 });
});

test("a method the admin switches off is not offered at checkout, and the card still pays with no extra click", async ({
  page,
  browser,
  checkout,
}) => {
  // The admin, in a browser of their own, switches the wallet off on /admin/settings/payments.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new BackOffice(admin).signIn("admin", "/admin/settings/payments");
  await expect(admin.getByRole("heading", { level: 1, name: "Payment methods" })).toBeVisible();
  const all = admin.getByRole("group", { name: "Methods offered at checkout" });
  await all.getByRole("checkbox", { name: "Card" }).uncheck();
  await all.getByRole("checkbox", { name: "Test wallet" }).uncheck();
  await admin.getByRole("button", { name: "Save payment methods" }).click();
  await expect(admin.getByText("Enable at least one payment method, or shoppers cannot pay.")).toBeVisible(slow);
  // A refused save keeps what was checked.
  await expect(all.getByRole("checkbox", { name: "Test wallet" })).not.toBeChecked();
  await all.getByRole("checkbox", { name: "Card" }).check();
  await admin.getByRole("button", { name: "Save payment methods" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Payment methods saved." })).toBeVisible(slow);
  expect(await seriousA11yViolations(admin)).toEqual([]);
  await admin.reload();
  await expect(all.getByRole("checkbox", { name: "Card" })).toBeChecked();
  await expect(all.getByRole("checkbox", { name: "Test wallet" })).not.toBeChecked();
  await adminContext.close();

  const email = await toCheckout(checkout, "", "card-only");
  const methods = page.getByRole("radiogroup", { name: "Payment method" });
  await expect(methods.getByRole("radio", { name: "Card" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Test wallet" })).toHaveCount(0);
  await checkout.placeOrder.click();
  await expect(page).toHaveURL(/\/pay\/test\/[0-9a-f-]{36}$/, slow);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Pay" }).click();
  const order = (await latestOrderFor(email))!;
  await expect(page).toHaveURL(new RegExp(`/orders/${order.number}$`), slow);
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
});
