import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";
import { untranslatedMessages } from "../support/untranslated";

test.describe.configure({ timeout: 180_000 });

const NAMESPACES = ["adminCoupons", "adminPromotions", "adminContent"];
// Unique per test and run: the suite runs with two workers against one database.
const unique = (prefix: string) =>
  `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296)
    .toString(36)
    .toUpperCase()}`;

/** What merchants and other tests typed (names, codes, titles): it stays as entered, so English words in it are not ours. */
async function merchantText(): Promise<string> {
  const [row] = await testDb()<{ text: string | null }[]>`
    select string_agg(t, E'\n') as text from (
      select name as t from promotions union all select code from promotions
      union all select title from banners union all select subtitle from banners union all select title from store_pages
      union all select p.title from products p join variants v on v.product_id = p.id join flash_sales f on f.variant_id = v.id
    ) texts`;
  return row?.text ?? "";
}

/** The page is in Chinese: its language, its heading, no serious accessibility problem, none of our English messages left. */
async function inChinese(page: Page, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await untranslatedMessages(page, NAMESPACES, { catalog: await merchantText() })).toEqual([]);
}

test("a merchant reads coupons, promotions and content in Chinese and creates a coupon there", async ({ page }) => {
  await new BackOffice(page).signIn("staff", "/zh-CN/admin/coupons");
  await expect(page).toHaveURL(/\/zh-CN\/admin\/coupons/);
  await inChinese(page, "优惠券");

  const code = unique("ZH");
  await page.getByRole("link", { name: "新建优惠券" }).click();
  await inChinese(page, "新建优惠券");
  await page.getByLabel("券码", { exact: true }).fill(code);
  await page.getByLabel("折扣类型").selectOption({ label: "百分比" });
  await page.getByLabel("金额", { exact: true }).fill("150");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请输入 1 到 100 之间的整数百分比，例如 10。")).toBeVisible();
  await expect(page.getByText("请修改标出的字段。")).toBeVisible();
  await page.getByLabel("金额", { exact: true }).fill("10");
  await page.getByLabel("最低消费").fill("50.00");
  await page.getByLabel("使用次数上限").fill("100");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\/coupons\?notice=created/);
  await expect(page.getByRole("status").filter({ hasText: "优惠券已创建。" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(code) });
  await expect(row.getByText("进行中", { exact: true })).toBeVisible();
  await expect(row.getByText("0 / 100")).toBeVisible();
  const [coupon] = await testDb()<{ type: string; amount: number; min_spend: number; usage_limit: number }[]>`
    select type, amount, min_spend, usage_limit from promotions where code = ${code}`;
  expect(coupon).toEqual({ type: "percent_off", amount: 10, min_spend: 5000, usage_limit: 100 });

  await row.getByRole("link", { name: code }).click();
  await inChinese(page, `优惠券 ${code}`);

  await page.goto("/zh-CN/admin/promotions");
  await inChinese(page, "促销活动");
  await expect(page.getByRole("heading", { level: 2, name: "限时抢购" })).toBeVisible();
  await page.goto("/zh-CN/admin/promotions/flash-sales/new");
  await inChinese(page, "新建限时抢购");

  await page.goto("/zh-CN/admin/content");
  await inChinese(page, "内容");
  await page.getByRole("link", { name: "新建横幅" }).click();
  await inChinese(page, "新建横幅");
  await page.goto("/zh-CN/admin/content/pages");
  await inChinese(page, "店铺页面");
});

test("a promotion named in Chinese in the back office shows its Chinese name in a Chinese cart", async ({ page, browser }) => {
  const product = await createTestProduct("Marketing test teapot");
  const name = unique("Teapot deal ");
  await new BackOffice(page).signIn("staff", "/zh-CN/admin/promotions/new");
  await inChinese(page, "新建促销活动");
  await page.getByLabel("名称", { exact: true }).fill(name);
  await page.getByLabel("名称（简体中文）").fill("茶壶九折");
  await page.getByLabel("类型", { exact: true }).selectOption({ label: "百分比折扣" });
  await page.getByLabel("金额", { exact: true }).fill("10");
  await page.getByLabel("商品", { exact: true }).fill(product.slug);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/zh-CN\/admin\/promotions\?notice=created/);
  await expect(page.getByRole("status").filter({ hasText: "促销活动已创建。" })).toBeVisible();
  const [saved] = await testDb()<{ translations: unknown }[]>`select translations from promotions where name = ${name}`;
  expect(saved?.translations).toEqual({ "zh-CN": { name: "茶壶九折" } });

  const context = await browser.newContext();
  const shop = await context.newPage();
  await shop.goto(`/zh-CN/p/${product.slug}`);
  await shop.getByRole("button", { name: "加入购物车" }).click();
  await expect(shop.getByRole("status").filter({ hasText: "已加入购物车" })).toBeVisible();
  await shop.goto("/zh-CN/cart");
  await expect(shop.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(shop.getByText("茶壶九折")).toBeVisible();
  await expect(shop.getByText(name)).toHaveCount(0);
  // The default language keeps the merchant's own name.
  await shop.goto("/cart");
  await expect(shop.getByText(name)).toBeVisible();
  await context.close();
});
