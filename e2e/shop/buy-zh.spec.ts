import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { latestOrderFor } from "../support/order-db";
import { shopCatalogText } from "../support/shop-catalog-text";
import { untranslatedMessages } from "../support/untranslated";

// A product no other spec uses: this test sets its stock.
const slug = "cold-brew-coffee-bags";
const slow = { timeout: 30_000 };
// The cart, the checkout and the order show product names, and the cart's recommendations (best sellers)
// show the products other specs create and buy meanwhile: catalog text is data, not an untranslated message.
const untranslated = async (page: Page, namespaces: string[], ignore: string[] = []) =>
  untranslatedMessages(page, namespaces, { catalog: await shopCatalogText(), ignore });

test.describe.configure({ timeout: 120_000 });

test("a shopper buys in Chinese: cart, checkout, the test gateway and the order page, all in 简体中文", async ({ page, checkout }) => {
  await setStock(slug, 300);
  // The product page is another area's: the English one puts the item in the cart.
  await checkout.addToCart(slug);

  await page.goto("/zh-CN/cart");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "我的购物车" })).toBeVisible();
  await expect(page.getByLabel("数量")).toHaveValue("1");
  await expect(page.getByRole("button", { name: "删除" })).toBeVisible();
  await expect(page.getByLabel("优惠码")).toBeVisible();
  await expect(page.getByRole("button", { name: "使用", exact: true })).toBeVisible();
  await expect(page.getByText("商品小计（1 件）")).toBeVisible();

  // A refused coupon answers in Chinese (the action translates lib/cart's sentence).
  await page.getByLabel("优惠码").fill("NO SUCH");
  await page.getByRole("button", { name: "使用", exact: true }).click();
  await expect(page.getByText("优惠码只能包含字母、数字、- 和 _。").first()).toBeVisible(slow);

  expect(await seriousA11yViolations(page)).toEqual([]);
  // "Cart" is also the header's link, which another branch translates.
  expect(await untranslated(page, ["cart", "cartLine"], ["Cart"])).toEqual([]);

  await page.getByRole("link", { name: "去结算" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/checkout$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "结算" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "订单摘要" })).toBeVisible();

  // Nothing filled in: the refusal is in Chinese.
  await page.getByRole("button", { name: "提交订单" }).click();
  await expect(checkout.message("alert", "请修改标出的字段。")).toBeVisible(slow);
  await expect(page.getByText("请输入有效的电子邮箱地址")).toBeVisible();

  const email = `${Date.now()}-zh@example.com`;
  await page.getByLabel("电子邮箱").fill(email);
  // The address fields by their Chinese names (a United States address: the China lists are e2e/shop/china-address-zh.spec.ts).
  await page.getByLabel("姓名", { exact: true }).fill("王小明");
  await page.getByLabel("详细地址", { exact: true }).fill("12 Harbour Road");
  await page.getByLabel("城市", { exact: true }).fill("Portland");
  await page.getByLabel("邮政编码", { exact: true }).fill("97201");
  await page.getByRole("radio", { name: "标准配送" }).check();
  await expect(page.getByRole("radio", { name: "加急配送" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await expect(page.getByText("联系方式")).toBeVisible();
  // The header's free-shipping banner and the footer's links (other branches) still say these in English.
  const elsewhere = ["Standard", "Contact", "Free", "Shipping"];
  expect(await untranslated(page, ["checkout", "checkoutForm", "loyaltyCheckout"], elsewhere)).toEqual([]);

  await page.getByRole("button", { name: "提交订单" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/pay\/test\/[0-9a-f-]{36}$/, slow);
  const order = (await latestOrderFor(email))!;
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: `订单 ${order.number}` })).toBeVisible();
  expect(await untranslated(page, ["payment", "paymentForm"])).toEqual([]);

  // A refused card answers in Chinese, then a good one pays.
  await page.getByLabel("卡号").fill("1234");
  await page.getByRole("button", { name: "支付" }).click();
  await expect(page.getByText("请输入 16 位卡号。").first()).toBeVisible(slow);
  await page.getByLabel("卡号").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "支付" }).click();

  await expect(page).toHaveURL(new RegExp(`/zh-CN/orders/${order.number}$`), slow);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: `订单 ${order.number}` })).toBeVisible();
  await expect(page.getByText("已付款", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "订单记录" })).toBeVisible();
  await expect(page.getByText("运费（标准配送）")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(
    // The history's notes ("Order placed", "Paid via test") are stored with the event in English (TODO), the footer links too.
    await untranslated(page, ["orders", "ordersActions", "returns", "checkout"], [...elsewhere, "Order", "Paid", "Returns", "shipping"]),
  ).toEqual([]);
});

test("/zh-CN/track looks an order up in Chinese and says so when nothing matches", async ({ page }) => {
  await page.goto("/zh-CN/track");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "查询订单" })).toBeVisible();
  await page.getByLabel("订单号").fill("MC-2026-999999");
  await page.getByLabel("电子邮箱").fill(`${Date.now()}-nobody@example.com`);
  await page.getByRole("button", { name: "查询订单" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "没有与该订单号和电子邮箱匹配的订单" })).toBeVisible(slow);
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await untranslatedMessages(page, ["track", "trackForm"])).toEqual([]);
});
