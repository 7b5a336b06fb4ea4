import { CATEGORIES, expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { seriousA11yViolations } from "../support/axe";
import { testDb } from "../support/db";
import { shopCatalogText } from "../support/shop-catalog-text";
import { untranslatedMessages } from "../support/untranslated";

const BROWSE_NAMESPACES = ["layout", "search", "listing", "home", "product", "deals", "share", "storePages"];
// Names and descriptions stay as entered in the database (English in the seed): "Home" in "Home & Kitchen" is data, not
// an untranslated message; so is "Flash sale" in a product another spec just created.
const untranslated = async (page: Page) => untranslatedMessages(page, BROWSE_NAMESPACES, { catalog: await shopCatalogText() });

test("a shopper browses in Chinese: home → category → product → search", async ({ page }) => {
  const category = CATEGORIES[2]!;
  // The seed names its categories in Chinese too (catalog translations): the Chinese page shows that name.
  const [row] = await testDb()<{ name: string }[]>`
    select coalesce(nullif(translations->'zh-CN'->>'name', ''), name) as name from categories where slug = ${category.slug}`;
  const categoryName = row!.name;

  await page.goto("/zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "按分类选购" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "搜索" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^购物车/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/zh-CN$/);
  expect(await untranslated(page)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Category: reached through the header's category list, in the Chinese address space.
  await page.getByRole("navigation", { name: "商品分类" }).getByRole("link", { name: categoryName, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-CN/c/${category.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: categoryName })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "排序" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "最低价" })).toBeAttached();
  await expect(page.getByRole("textbox", { name: "最高价" })).toBeAttached();
  await expect(page.getByRole("checkbox", { name: "有货" })).toBeAttached();
  await expect(page.getByText(/共 [\d,]+ 件商品/)).toBeVisible();
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates.and(page.locator('[hreflang="en"]'))).toHaveAttribute("href", new RegExp(`[^N]/c/${category.slug}$`));
  await expect(alternates.and(page.locator('[hreflang="zh-CN"]'))).toHaveAttribute("href", new RegExp(`/zh-CN/c/${category.slug}$`));
  await expect(alternates.and(page.locator('[hreflang="x-default"]'))).toHaveAttribute("href", new RegExp(`[^N]/c/${category.slug}$`));
  expect(await untranslated(page)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Sorting keeps the language.
  await page.getByRole("combobox", { name: "排序" }).selectOption({ label: "价格从低到高" });
  await expect(page).toHaveURL(new RegExp(`/zh-CN/c/${category.slug}\\?(.*&)?sort=price-asc`));

  // Product page.
  await page.getByRole("article").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/zh-CN\/p\//);
  await expect(page.getByRole("button", { name: "加入购物车" })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "数量" })).toBeVisible();
  await expect(page.getByRole("button", { name: "收藏" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "商品描述" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/zh-CN\/p\/[^/]+$/);
  expect(await untranslated(page)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Search from the header: the form sends the shopper to the Chinese results page.
  const search = page.getByRole("combobox", { name: "搜索" });
  await search.fill("wireless");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/zh-CN\/search\?q=wireless/);
  await expect(page.getByRole("heading", { level: 1, name: "“wireless”的搜索结果" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  expect(await untranslated(page)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("the plain search form and an empty search stay in Chinese", async ({ page }) => {
  await page.goto("/zh-CN/search?q=zzzzqqqq");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByText("没有与“zzzzqqqq”匹配的商品。")).toBeVisible();
  await expect(page.getByRole("search").first()).toHaveAttribute("action", "/zh-CN/search");
  expect(await untranslated(page)).toEqual([]);
});
