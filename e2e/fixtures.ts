import { test as base } from "@playwright/test";
import { AccountPages } from "./pages/account";
import { BackOffice } from "./pages/admin";
import { ProductFormPage } from "./pages/admin-product-form";
import { AuthPages } from "./pages/auth-pages";
import { CartPage } from "./pages/cart-page";
import { CheckoutPage } from "./pages/checkout-page";
import { Header } from "./pages/header";
import { ListingPage } from "./pages/listing-page";
import { OrderPage } from "./pages/order-page";
import { watchCspViolations } from "./support/csp-guard";

export { PRODUCTS, CATEGORIES } from "../db/seed/catalog-data";

type CspGuard = ReturnType<typeof watchCspViolations>;

/** The page objects, each on the test's own page; a second browser page gets its own with `new XxxPage(otherPage)`. */
type PageObjects = {
  accountPages: AccountPages;
  auth: AuthPages;
  backOffice: BackOffice;
  cart: CartPage;
  checkout: CheckoutPage;
  header: Header;
  listing: ListingPage;
  orderPage: OrderPage;
  productForm: ProductFormPage;
};

export const test = base.extend<PageObjects & { cspGuard: CspGuard; cspViolations: string[] }>({
  accountPages: async ({ page }, use) => use(new AccountPages(page)),
  auth: async ({ page }, use) => use(new AuthPages(page)),
  backOffice: async ({ page }, use) => use(new BackOffice(page)),
  cart: async ({ page }, use) => use(new CartPage(page)),
  checkout: async ({ page }, use) => use(new CheckoutPage(page)),
  header: async ({ page }, use) => use(new Header(page)),
  listing: async ({ page }, use) => use(new ListingPage(page)),
  orderPage: async ({ page }, use) => use(new OrderPage(page)),
  productForm: async ({ page }, use) => use(new ProductFormPage(page)),
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
