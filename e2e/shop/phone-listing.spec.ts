import { CATEGORIES, expect, test } from "../fixtures";

// The phone of issue #15: on a category page, products come first and the filters wait behind `Filters`.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const category = CATEGORIES[0]!;

test("on a 390×844 phone a category shows its first product in the first screen, filters collapsed behind Filters", async ({
  page,
  listing,
}) => {
  await page.goto(`/c/${category.slug}`);
  await expect(listing.cards().first()).toBeInViewport({ ratio: 0.5 });
  await expect(listing.minPrice).toBeHidden();
  await expect(listing.inStock).toBeHidden();

  await page.getByRole("complementary", { name: "Filters" }).getByText("Filters", { exact: true }).click();
  await expect(listing.minPrice).toBeVisible();
  await expect(listing.inStock).toBeVisible();
  await listing.applyPrices("10", "40");
  await expect(listing.cards().first()).toBeInViewport({ ratio: 0.5 });
});

test("on a wide screen the filters are shown without opening anything", async ({ page, listing }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/c/${category.slug}`);
  await expect(listing.minPrice).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Filters" }).getByText("Filters", { exact: true })).toBeHidden();
});
