import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";
import { seriousA11yViolations } from "../support/axe";

const uniqueWord = () => `zq${randomUUID().replace(/-/g, "").slice(0, 10)}`;

test("a merchant gives a product a Chinese title: the Chinese page shows it, the English one keeps English, Chinese search finds it", async ({
  backOffice,
  page,
  productForm: form,
  browser,
}) => {
  test.setTimeout(90_000);
  const word = uniqueWord();
  const title = `Glazed teacup ${word}`;
  const slug = `glazed-teacup-${word}`;
  const zhTitle = `青瓷茶杯${word}`;

  await backOffice.signIn("staff", "/admin/products/new");
  await form.title.fill(title);
  await form.slug.fill(slug);
  await form.description.fill("A small celadon cup.");
  await form.form.getByLabel("标题（简体中文）", { exact: true }).fill(zhTitle);
  await form.form.getByLabel("描述（简体中文）", { exact: true }).fill("一只小巧的青瓷茶杯。");
  await form.chooseFirstCategory();
  await form.status.selectOption("active");
  await form.fillVariant(form.variant("Price and stock"), { sku: `CUP-${word}`, price: "9.00", stock: "4" });
  await form.saveAndConfirm();
  // Saved and shown again in the form.
  await expect(form.form.getByLabel("标题（简体中文）", { exact: true })).toHaveValue(zhTitle);

  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/zh-CN/p/${slug}`);
  await expect(shopper.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(zhTitle);
  await expect(shopper.getByText("一只小巧的青瓷茶杯。")).toBeVisible();
  expect(await seriousA11yViolations(shopper)).toEqual([]);

  await shopper.goto(`/p/${slug}`);
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(title);

  // Chinese has no spaces: a word inside the title finds it, and the card is in Chinese.
  await shopper.goto(`/zh-CN/search?q=${encodeURIComponent("青瓷茶杯")}`);
  await expect(shopper.getByRole("link", { name: zhTitle }).first()).toBeVisible();
  // An English word finds it too, on the Chinese page, titled in Chinese.
  await shopper.goto(`/zh-CN/search?q=${encodeURIComponent(word)}`);
  await expect(shopper.getByRole("link", { name: zhTitle }).first()).toBeVisible();

  // A change drops the cached pages of both languages.
  await page.bringToFront();
  await form.form.getByLabel("标题（简体中文）", { exact: true }).fill(`${zhTitle}新款`);
  await form.saveAndConfirm();
  await shopper.goto(`/zh-CN/p/${slug}`);
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(`${zhTitle}新款`);
});

test("the demo shop reads in Chinese: categories in the header, a seeded product, and its English page", async ({ page }) => {
  await page.goto("/zh-CN/p/organic-jasmine-pearls");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("有机茉莉龙珠 100 克");
  await page.goto("/p/organic-jasmine-pearls");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organic Jasmine Pearls 100 g");
  await page.goto("/zh-CN/c/tea");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("茶叶");
});
