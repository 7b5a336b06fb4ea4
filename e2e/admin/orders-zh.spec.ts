import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { forceOrderStatus } from "../support/order-db";
import { createOrderAwaitingPayment } from "../support/payment-db";

const read = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/adminOrders.json`, "utf8")) as Record<string, unknown>;

/** The messages of a namespace, flattened. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return value && typeof value === "object" ? Object.values(value).flatMap(texts) : [];
}

/** English messages of the orders pages (words, no arguments, not the same in Chinese) that would show untranslated. */
const untranslatable = new Set(texts(read("zh-CN")));
const english = texts(read("en")).filter((m) => /[a-z]{2}/i.test(m) && !m.includes("{") && !untranslatable.has(m));

test("a merchant works an order in Chinese: finds it, ships it with tracking, and the status reads 已发货", async ({ page }) => {
  // Signed in first: the server then has its auth secret, which the order's guest link is signed with.
  await new BackOffice(page).signIn("staff", "/zh-CN/admin/orders");
  const { orderNumber } = await createOrderAwaitingPayment();
  await forceOrderStatus(orderNumber, "paid");

  await expect(page).toHaveURL(/\/zh-CN\/admin\/orders/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const nav = page.getByRole("navigation", { name: "后台管理" });
  await expect(nav.getByRole("link", { name: "订单" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("搜索").fill(orderNumber);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\/orders\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "订单" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: `订单 ${orderNumber}` })).toBeVisible();
  await expect(page.getByText("已付款").first()).toBeVisible();
  const lines = new Set((await page.locator("main").innerText()).split(/\n|\t/).map((l) => l.trim()));
  expect(english.filter((text) => lines.has(text))).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel("承运商").fill("顺丰速运");
  await page.getByLabel("运单号").fill("SF1234567890");
  await page.getByRole("button", { name: "标记为已发货" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已标记为已发货" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/zh-CN/admin/orders/${orderNumber}\\?done=shipped`));
  await expect(page.getByText("已发货").first()).toBeVisible();
  const [order] = await testDb()<
    { status: string; tracking_number: string }[]
  >`select status, tracking_number from orders where number = ${orderNumber}`;
  expect(order).toEqual({ status: "shipped", tracking_number: "SF1234567890" });
});
