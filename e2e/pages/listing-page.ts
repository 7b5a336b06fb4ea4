import { expect, type Locator, type Page } from "@playwright/test";

/** A category or search results page, driven by its accessible controls. */
export class ListingPage {
  readonly results: Locator;
  readonly sort: Locator;
  readonly minPrice: Locator;
  readonly maxPrice: Locator;
  readonly inStock: Locator;
  readonly brand: Locator;

  constructor(readonly page: Page) {
    this.results = page.getByRole("region", { name: "Results" });
    this.sort = page.getByRole("combobox", { name: "Sort" });
    this.minPrice = page.getByRole("textbox", { name: "Min price" });
    this.maxPrice = page.getByRole("textbox", { name: "Max price" });
    this.inStock = page.getByRole("checkbox", { name: "In stock" });
    this.brand = page.getByRole("combobox", { name: "Brand" });
  }

  cards() {
    return this.results.getByRole("article");
  }

  async count(): Promise<number> {
    const text = await this.results.getByText(/^[\d,]+ products?$/).textContent();
    return Number(text!.replace(/[^\d]/g, ""));
  }

  /** The price shown on each card, in cents (the current price, not the struck-through one). */
  async prices(): Promise<number[]> {
    const texts = await this.cards().locator("span.font-semibold").allTextContents();
    return texts.map((t) => Math.round(Number(t.replace(/[^\d.]/g, "")) * 100));
  }

  async applyPrices(min: string, max: string) {
    await this.minPrice.fill(min);
    await this.maxPrice.fill(max);
    await this.page.getByRole("button", { name: "Apply filters" }).click();
    await expect(this.page).toHaveURL(new RegExp(`max=${max}`));
  }
}
