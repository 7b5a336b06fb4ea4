import { CATEGORIES, expect, test } from "../fixtures";

test("home shows banners, categories, hot sellers and new arrivals @phone", async ({ page, header }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Featured" }).getByRole("link").first()).toBeVisible();
  for (const heading of ["Shop by category", "Hot sellers", "New arrivals"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Hot sellers" }).getByRole("article")).toHaveCount(8);
  await expect(header.search).toBeVisible();
  await expect(header.cart).toContainText("0");
  // Nothing wider than the screen, on a phone too.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a category lists its subcategories' products and pages through them @phone", async ({ page, listing }) => {
  const top = CATEGORIES[0]!;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: top.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${top.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: top.name })).toBeVisible();
  await expect(page.getByRole("list", { name: "Subcategories" }).getByRole("link")).toHaveCount(top.children!.length);
  const total = await listing.count();
  expect(total).toBeGreaterThan(4);
  await expect(listing.cards()).toHaveCount(Math.min(total, 24));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("pagination keeps the filters and moves through pages", async ({ page, listing }) => {
  await page.goto("/search?sort=price-asc&instock=1");
  const firstPage = await listing.prices();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/instock=1/);
  const secondPage = await listing.prices();
  expect(Math.min(...secondPage)).toBeGreaterThanOrEqual(Math.max(...firstPage));
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).not.toHaveURL(/page=2/);
});

test("sorting by price puts the cheapest first, and the order survives a reload", async ({ page, listing }) => {
  await page.goto(`/c/${CATEGORIES[2]!.slug}`);
  await listing.sort.selectOption({ label: "Price: low to high" });
  await expect(page).toHaveURL(/sort=price-asc/);
  // The URL changes before the new listing arrives: retry until it has.
  let prices: number[] = [];
  await expect(async () => {
    prices = await listing.prices();
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  }).toPass();
  await page.reload();
  await expect(listing.sort).toHaveValue("price-asc");
  expect(await listing.prices()).toEqual(prices);
});

test("price, stock and brand filters narrow the results and live in the URL", async ({ page, listing }) => {
  await page.goto(`/c/${CATEGORIES[0]!.slug}`);
  const all = await listing.count();
  await listing.applyPrices("10", "40");
  await expect(async () => {
    const prices = await listing.prices();
    expect(prices.length).toBeGreaterThan(0);
    for (const p of prices) expect(p).toBeLessThanOrEqual(4000);
    expect(await listing.count()).toBeLessThan(all);
  }).toPass();

  await listing.inStock.check();
  await expect(page).toHaveURL(/instock=1/);
  await expect(listing.cards().getByText("Out of stock")).toHaveCount(0);

  // A brand of a product on screen, so the narrowed list cannot be empty.
  const brandName = (await listing.cards().first().locator("p.uppercase").textContent())!;
  const label = (await listing.brand.locator("option").allTextContents()).find((t) => t.toLowerCase().startsWith(brandName.toLowerCase()))!;
  await listing.brand.selectOption({ label });
  await expect(page).toHaveURL(/brand=/);
  await expect(async () => {
    const brands = await listing.cards().locator("p.uppercase").allTextContents();
    expect(brands.length).toBeGreaterThan(0);
    for (const b of brands) expect(b.toLowerCase()).toBe(brandName.toLowerCase());
  }).toPass();
  // The pending state shown while a listing loads ends with the render that brings it (checked at once:
  // the form also gives up waiting after 8 s).
  expect(await page.getByRole("status").filter({ hasText: "Updating results" }).count()).toBe(0);
  expect(await page.locator("form[data-pending]").count()).toBe(0);

  // The whole state is in the URL: a reload shows the same filters.
  await page.reload();
  await expect(listing.maxPrice).toHaveValue("40");
  await expect(listing.inStock).toBeChecked();
});

test("while a filtered listing loads, the current one stays on screen and says it is updating", async ({ page, listing }) => {
  await page.goto(`/c/${CATEGORIES[0]!.slug}`);
  await expect(listing.cards().first()).toBeVisible();
  // Hold the new listing's payload until the pending state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.searchParams.get("instock") === "1",
    async (route) => {
      if (route.request().headers()["rsc"]) await held;
      await route.continue();
    },
  );
  await listing.inStock.check();
  const updating = page.getByRole("status").filter({ hasText: "Updating results" });
  await expect(updating).toBeVisible();
  await expect(listing.cards().first()).toBeVisible();
  release();
  await expect(page).toHaveURL(/instock=1/);
  await expect(listing.cards().getByText("Out of stock")).toHaveCount(0);
  expect(await updating.count()).toBe(0);
});

test("an option-value filter keeps products that come in that colour", async ({ page, listing }) => {
  await page.goto(`/c/${CATEGORIES[0]!.slug}`);
  const before = await listing.count();
  await page
    .getByRole("group", { name: "Color" })
    .getByRole("checkbox", { name: /^Black/ })
    .check();
  await expect(page).toHaveURL(/opt\.Color=Black/);
  await expect.poll(() => listing.count()).toBeLessThan(before);
  const first = listing.cards().first();
  await first.getByRole("link").click();
  await expect(page.getByRole("radiogroup", { name: "Color" }).getByRole("radio", { name: /^Black/ })).toBeAttached();
});

test("nonsense in the URL is corrected with a notice, never an error page", async ({ page, listing }) => {
  const res = await page.goto(`/c/${CATEGORIES[1]!.slug}?sort=drop%20table&page=-1&min=-5&max=abc`);
  expect(res!.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "sort order is not available" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Min price must be a positive amount");
  await expect(listing.cards().first()).toBeVisible();
});

test("unknown pages answer 404 with a way back", async ({ page }) => {
  for (const path of ["/c/no-such-category", "/p/no-such-product", "/p/100%25", "/nowhere"]) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
  }
  await expect(page.getByRole("link", { name: "Back to the home page" })).toBeVisible();
});
