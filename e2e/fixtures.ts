import { test as base } from "@playwright/test";
import { Header } from "./pages/header";
import { ListingPage } from "./pages/listing-page";

export { PRODUCTS, CATEGORIES } from "../db/seed/catalog-data";

export const test = base.extend<{ header: Header; listing: ListingPage }>({
  header: async ({ page }, use) => use(new Header(page)),
  listing: async ({ page }, use) => use(new ListingPage(page)),
});
export { expect } from "@playwright/test";
