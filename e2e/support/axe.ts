import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Serious and critical WCAG 2.1 A/AA violations on the page, one line each (empty when there are none). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Next streams a dynamic page's metadata after its body: after a client-side navigation the <title> may still be on its way.
  await expect.poll(() => page.title()).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
}

/** Headings that skip a level (axe's best-practice rule `heading-order`, which Lighthouse's accessibility score counts). */
export async function headingOrderViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
