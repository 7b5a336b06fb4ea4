import { readFileSync } from "node:fs";
import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { testDb } from "../support/db";
import { latestOrderFor } from "../support/order-db";
import type { Page } from "@playwright/test";
import { expect, PRODUCTS, test } from "../fixtures";
import { ADDRESS_NAMES, fillChinaAddress } from "../pages/china-address";

const product = PRODUCTS.find((p) => p.slug === "organic-jasmine-pearls")!;
const beijing = { fullName: "李四", province: "北京市", city: "市辖区", district: "朝阳区", line1: "建国路 88 号", mobile: "13912345678" };

/** The English texts of the address namespace's labels and errors: none may show on a Chinese page. */
function englishAddressTexts(): string[] {
  const en = JSON.parse(readFileSync("messages/en/address.json", "utf8")) as Record<string, Record<string, string>>;
  return [...Object.values(en.fields!), ...Object.values(en.errors!)];
}

async function expectNoEnglishAddressText(page: Page) {
  const text = await page.locator("body").innerText();
  const lines = new Set(text.split("\n").map((l) => l.trim()));
  expect(englishAddressTexts().filter((t) => lines.has(t))).toEqual([]);
}

test.describe.configure({ timeout: 90_000 });

test("在 /zh-CN 结算：选择省份、城市、区县并填写手机号码", async ({ page, checkout }) => {
  await setStock(product.slug, 500);
  await checkout.addToCart(product.slug);
  await page.goto("/zh-CN/checkout");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const email = `${Date.now()}-zh@example.com`;
  // Other areas' names may be English or Chinese on this branch: only the address fields are looked up by their Chinese names.
  await page.getByLabel(/^(Email|电子邮箱)$/).fill(email);
  await fillChinaAddress(page, { ...beijing, mobile: "" }, "zh-CN");
  await page.getByRole("radio", { name: /^(Standard|标准配送)/ }).check();
  await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(page.getByText("请输入手机号码，供快递员联系")).toBeVisible({ timeout: 30_000 });
  await expectNoEnglishAddressText(page);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel(ADDRESS_NAMES["zh-CN"].mobile, { exact: true }).fill(beijing.mobile);
  await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(page).toHaveURL(/\/pay\/test\//, { timeout: 30_000 });
  const order = (await latestOrderFor(email))!;
  const [row] = await testDb()`select ship_province, ship_district, ship_region_code from orders where id = ${order.id}`;
  expect(row).toEqual({ ship_province: "北京市", ship_district: "朝阳区", ship_region_code: "110105" });
  await page.goto(`/zh-CN/orders/${order.number}`);
  // A municipality's placeholder city (市辖区) is not printed.
  await expect(page.getByText("北京市 朝阳区 建国路 88 号")).toBeVisible();
});

test("地址簿：用中文名称保存中国地址", async ({ page, accountPages }) => {
  const account = await createAccount("Li Si");
  await accountPages.signIn(account);
  await page.goto("/zh-CN/account/addresses/new");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await fillChinaAddress(page, beijing, "zh-CN");
  await expectNoEnglishAddressText(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "保存地址" }).click();
  const card = page.getByRole("article", { name: /李四/ });
  await expect(card.getByText("北京市 朝阳区 建国路 88 号")).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole("link", { name: /^编辑/ })).toBeVisible();
  await expect(card.getByText("默认地址")).toBeVisible();
});
