import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { createTestProduct } from "../support/product-db";
import { untranslatedMessages } from "../support/untranslated";

test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 30_000 };

const NAMESPACES = ["adminProducts", "adminInventory", "adminCatalog", "adminAlerts", "adminShared", "catalogAdmin"];

/** What the database holds (names, titles, alerts), which stays as entered: a message that is also data is not looked for. */
async function catalogText(): Promise<string> {
  const rows = await testDb()<{ text: string }[]>`
    select name as text from categories union all select name from brands union all select title from products
    union all select title || ' ' || body from staff_alerts`;
  return rows.map((r) => r.text).join("\n");
}

async function expectTranslated(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  expect(await untranslatedMessages(page, NAMESPACES, { catalog: await catalogText() })).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

test("a merchant edits a product in Chinese: a refused price is explained in Chinese, the saved one is stored", async ({ page }) => {
  const title = `Test Teapot ${Date.now().toString(36)}`;
  const product = await createTestProduct(title);
  await new BackOffice(page).signIn("staff", `/zh-CN/admin/products?q=${encodeURIComponent(title)}`);

  await expect(page.getByRole("heading", { level: 1, name: "商品" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "后台管理" }).getByRole("link", { name: "商品", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("link", { name: "新建商品" })).toBeVisible();
  await expect(page.getByRole("search", { name: "筛选商品" }).getByLabel("搜索")).toHaveValue(title);
  const table = page.getByRole("table", { name: "商品" });
  await expect(table.getByRole("columnheader", { name: "价格" })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: title })).toContainText("上架");
  await expect(page).toHaveTitle(/商品/);
  await expectTranslated(page);

  await table.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("状态：上架")).toBeVisible();
  const form = page.getByRole("form", { name: "商品" });
  await expect(form.getByLabel("标题", { exact: true })).toHaveValue(title);
  await expectTranslated(page);

  // A price that is not an amount: refused, in Chinese.
  await form.getByLabel("价格", { exact: true }).fill("abc");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请更正标出的字段。" })).toBeVisible(slow);
  await expect(form.getByText("请以金额格式输入价格，例如 12.50")).toBeVisible();

  await form.getByLabel("标题（简体中文）").fill("测试茶壶");
  await form.getByLabel("价格", { exact: true }).fill("18.50");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "商品已保存。" })).toBeVisible(slow);
  await expect(page).toHaveURL(new RegExp(`/zh-CN/admin/products/${product.id}\\?saved=1`));
  const [saved] = await testDb()<{ zh: string; price: number }[]>`
    select p.translations->'zh-CN'->>'title' as zh, v.price from products p join variants v on v.product_id = p.id where p.id = ${product.id}`;
  expect(saved).toEqual({ zh: "测试茶壶", price: 1850 });

  // A file that is not a picture is refused before upload, in Chinese too.
  await form.getByLabel("图片", { exact: true }).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("x") });
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "notes.txt 不是图片" })).toBeVisible();
});

test("a merchant adjusts stock in Chinese and reads the history with Chinese dates", async ({ page }) => {
  const title = `Test Kettle ${Date.now().toString(36)}`;
  const product = await createTestProduct(title);
  const sku = `SKU-${product.slug}`;
  await new BackOffice(page).signIn("staff", `/zh-CN/admin/inventory?q=${encodeURIComponent(sku)}`);

  await expect(page.getByRole("heading", { level: 1, name: "库存" })).toBeVisible();
  await expect(page.getByText("共 1 个规格")).toBeVisible();
  const form = page.getByRole("form", { name: `调整 ${sku} 的库存` });
  await form.getByLabel("调整数量").fill("5");
  await form.getByLabel("原因").selectOption("received");
  await form.getByRole("button", { name: "应用调整" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${sku} 的库存现为 15（+5，到货入库）。` })).toBeVisible(slow);
  const [row] = await testDb()<{ stock: number }[]>`select stock from variants where sku = ${sku}`;
  expect(row!.stock).toBe(15);
  await expectTranslated(page);

  // A change that would take the stock below zero: refused, in Chinese.
  await form.getByLabel("调整数量").fill("-50");
  await form.getByLabel("原因").selectOption("correction");
  await form.getByRole("button", { name: "应用调整" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "库存只有 15 件：调整 -50 会使库存低于零。" })).toBeVisible(slow);

  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const history = page.getByRole("table", { name: "库存流水，最新的在前" });
  const newest = history.getByRole("row").nth(1);
  await expect(newest).toContainText("到货入库");
  await expect(newest).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expectTranslated(page);
});

test("brands, categories, import and alerts read in Chinese; a brand is created from the Chinese page", async ({ page }) => {
  await new BackOffice(page).signIn("staff", "/zh-CN/admin/brands");
  await expect(page.getByRole("heading", { level: 1, name: "品牌" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "商品目录" }).getByRole("link", { name: "品牌" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectTranslated(page);

  // A name with no Latin letters makes no slug: the refusal says so in Chinese, then a typed slug is taken.
  const form = page.getByRole("form", { name: "新建品牌" });
  const slug = `zh-brand-${Date.now().toString(36)}`;
  await form.getByLabel("名称", { exact: true }).fill("测试品牌");
  await form.getByRole("button", { name: "创建品牌" }).click();
  await expect(form.getByText("请输入 URL 别名：名称中没有可用来生成别名的字母。", { exact: false })).toBeVisible(slow);
  await form.getByLabel("URL 别名").fill(slug);
  await form.getByRole("button", { name: "创建品牌" }).click();
  await expect(page.getByRole("status").filter({ hasText: "品牌已创建。" })).toBeVisible(slow);
  const [brand] = await testDb()<{ name: string }[]>`select name from brands where slug = ${slug}`;
  expect(brand).toEqual({ name: "测试品牌" });

  await page.goto("/zh-CN/admin/categories");
  await expect(page.getByRole("heading", { level: 1, name: "分类" })).toBeVisible();
  await expect(page.getByRole("list", { name: "分类树" })).toBeVisible();
  await expect(page.getByRole("form", { name: "新建分类" }).getByLabel("上级分类")).toBeVisible();
  await expectTranslated(page);

  await page.goto("/zh-CN/admin/products/import");
  await expect(page.getByRole("heading", { level: 1, name: "导入商品" })).toBeVisible();
  await expect(page.getByRole("form", { name: "导入商品" }).getByLabel("CSV 文件")).toBeVisible();
  await expectTranslated(page);

  await page.goto("/zh-CN/admin/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "提醒" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: /^提醒，/ })).toBeVisible();
  await expectTranslated(page);
  await page.getByRole("button", { name: "全部标记为已读" }).click();
  await expect(page.getByRole("status").filter({ hasText: /没有未读的提醒。|已将 \d+ 条提醒标记为已读。/ })).toBeVisible(slow);
  await expect(page.getByRole("banner").getByRole("link", { name: "提醒，没有未读" })).toBeVisible(slow);

  await page.getByRole("link", { name: "提醒设置" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "提醒设置" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "铃铛：库存不足" })).toBeVisible();
  await expectTranslated(page);
});
