import AxeBuilder from "@axe-core/playwright";
import { CATEGORIES, expect, PRODUCTS, test } from "../fixtures";

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
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    expect(serious).toEqual([]);
  });
}
