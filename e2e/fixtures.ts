import { test as base } from "@playwright/test";
import { Header } from "./pages/header";
import { ListingPage } from "./pages/listing-page";
import { watchCspViolations } from "./support/csp-guard";

export { PRODUCTS, CATEGORIES } from "../db/seed/catalog-data";

type CspGuard = ReturnType<typeof watchCspViolations>;

export const test = base.extend<{ header: Header; listing: ListingPage; cspGuard: CspGuard; cspViolations: string[] }>({
  header: async ({ page }, use) => use(new Header(page)),
  listing: async ({ page }, use) => use(new ListingPage(page)),
  // Every test runs with the shop's Content-Security-Policy and fails on any violation a page logs,
  // in its own page and in every context or page it opens.
  cspGuard: [
    async ({ browser }, use) => {
      const guard = watchCspViolations(browser);
      try {
        await use(guard);
      } finally {
        guard.stop();
      }
      base.expect(guard.violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspGuard }, use) => use(cspGuard.watch(context)),
  cspViolations: async ({ cspGuard }, use) => use(cspGuard.violations),
});
export { expect } from "@playwright/test";
