import type { Locator, Page } from "@playwright/test";

export class Header {
  readonly search: Locator;
  readonly suggestions: Locator;
  readonly cart: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole("combobox", { name: "Search" });
    this.suggestions = page.getByRole("listbox", { name: "Suggestions" });
    this.cart = page.getByRole("link", { name: /Cart/ });
  }
}
