import { CATEGORIES, expect, test } from "../fixtures";

// The README's promise: listings work without JavaScript. Their HTML holds the products themselves,
// cached pages (plain or with the usual filters) and per-request ones alike, not a skeleton waiting for a script.
test.use({ javaScriptEnabled: false });

const category = CATEGORIES[0]!;

test("a category shows its products, and its price and stock filters apply through the form", async ({ page, listing }) => {
  await page.goto(`/c/${category.slug}`);
  await expect(page.getByRole("status", { name: "Loading products" })).toHaveCount(0);
  await expect(listing.cards().first()).toBeVisible();
  const all = await listing.count();
  expect(all).toBeGreaterThan(4);

  await listing.inStock.check();
  await listing.applyPrices("10", "40");
  await expect(page).toHaveURL(/instock=1/);
  await expect(listing.cards().first()).toBeVisible();
  const prices = await listing.prices();
  expect(prices.length).toBeGreaterThan(0);
  expect(prices.every((p) => p >= 1000 && p <= 4000)).toBe(true);
  expect(await listing.count()).toBeLessThan(all);
  await expect(listing.minPrice).toHaveValue("10");
  await expect(listing.inStock).toBeChecked();
});

test("a search shows its results, from the cache too, and a sort applies through the form", async ({ page, listing }) => {
  // The first visit renders per request; once the query has results it is served as cached HTML (proxy.ts).
  for (let visit = 0; visit < 2; visit++) {
    await page.goto("/search?q=wireless");
    await expect(page.getByRole("heading", { level: 1, name: "Results for “wireless”" })).toBeVisible();
    await expect(listing.cards().first()).toBeVisible();
  }
  await listing.sort.selectOption("price-asc");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page).toHaveURL(/q=wireless/);
  const prices = await listing.prices();
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the Filters disclosure opens, and the first product is in the first screen", async ({ page, listing }) => {
    await page.goto(`/c/${category.slug}`);
    await expect(listing.cards().first()).toBeInViewport({ ratio: 0.5 });
    await expect(listing.minPrice).toBeHidden();
    await page.getByRole("complementary", { name: "Filters" }).getByText("Filters", { exact: true }).click();
    await expect(listing.minPrice).toBeVisible();
  });
});
