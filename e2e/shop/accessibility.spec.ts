import { CATEGORIES, expect, PRODUCTS, test } from "../fixtures";
import { headingOrderViolations, seriousA11yViolations } from "../support/axe";

const pages = [
  ["home", "/"],
  ["category", `/c/${CATEGORIES[0]!.slug}`],
  ["filtered category", `/c/${CATEGORIES[0]!.slug}?instock=1&min=10`],
  ["product", `/p/${PRODUCTS.find((p) => p.options.length === 2)!.slug}`],
  ["search", "/search?q=wireless"],
  ["no results", "/search?q=zzqxv"],
  ["not found", "/p/no-such-product"],
] as const;

for (const [name, path] of pages) {
  test(`the ${name} page has no serious accessibility problems @phone`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Product cards right under the page's h1 are h2, under a section's h2 they are h3.
    expect(await headingOrderViolations(page)).toEqual([]);
  });
}
