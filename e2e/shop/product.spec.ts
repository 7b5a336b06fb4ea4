import { expect, PRODUCTS, test } from "../fixtures";

const withTwoOptions = PRODUCTS.find((p) => p.options.length === 2 && p.options.some((o) => o.name === "Color"))!;

test("a product page shows the product and its variants update price, stock and SKU @phone", async ({ page }) => {
  await page.goto(`/p/${withTwoOptions.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(withTwoOptions.title);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Specifications" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: withTwoOptions.specs[0]!.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Shipping & returns" })).toBeVisible();

  const sku = page.getByText(/^SKU MC-/);
  const before = await sku.textContent();
  const [first, second] = withTwoOptions.options;
  const group = page.getByRole("radiogroup", { name: second!.name });
  const radios = group.getByRole("radio");
  const checked = await radios.evaluateAll((els) => els.findIndex((e) => (e as HTMLInputElement).checked));
  await radios.nth(checked === 0 ? 1 : 0).check({ force: true });
  await expect(sku).not.toHaveText(before!);
  await expect(page).toHaveURL(/variant=\d+/);
  await expect(page.getByRole("radiogroup", { name: first!.name })).toBeVisible();
  await expect(page.getByText(/In stock|Only \d+ left in stock|Out of stock/)).toBeVisible();
  // Nothing wider than the screen, on a phone too.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the chosen variant is kept in the URL and restored on reload", async ({ page }) => {
  await page.goto(`/p/${withTwoOptions.slug}`);
  const group = page.getByRole("radiogroup", { name: withTwoOptions.options[0]!.name });
  const last = withTwoOptions.options[0]!.values.at(-1)!;
  await group.getByRole("radio", { name: new RegExp(`^${last}`) }).check({ force: true });
  const sku = await page.getByText(/^SKU MC-/).textContent();
  await page.reload();
  await expect(page.getByText(/^SKU MC-/)).toHaveText(sku!);
  await expect(group.getByRole("radio", { name: new RegExp(`^${last}`) })).toBeChecked();
});

test("search engines get Product JSON-LD and Open Graph tags", async ({ page }) => {
  await page.goto(`/p/${withTwoOptions.slug}`);
  // The page also carries a BreadcrumbList (e2e/shop/seo.spec.ts).
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const json = scripts.map((t) => JSON.parse(t)).find((d) => d["@type"] === "Product");
  expect(json["@type"]).toBe("Product");
  expect(json.name).toBe(withTwoOptions.title);
  expect(json.offers.priceCurrency).toBe("USD");
  expect(Number(json.offers.lowPrice)).toBeGreaterThan(0);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", withTwoOptions.title);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/seed\/.+\.svg$/);
});

test("the gallery switches pictures and similar products link onwards", async ({ page }) => {
  await page.goto(`/p/${withTwoOptions.slug}`);
  const thumbs = page.getByRole("list", { name: "Pictures" }).getByRole("button");
  await thumbs.nth(1).click();
  await expect(thumbs.nth(1)).toHaveAttribute("aria-pressed", "true");
  const related = page.getByRole("region", { name: "Similar products" }).getByRole("article").first();
  const title = await related.getByRole("link").textContent();
  await related.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
});
