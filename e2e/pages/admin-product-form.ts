import { expect, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

export type VariantValues = { sku: string; price: string; compareAt?: string; stock: string };

/**
 * The back office's product form (/admin/products/new and /admin/products/[id]).
 *
 * How variants are labelled: each variant is a fieldset whose legend names it —
 * "Size M" (or "Size M, Color Red"); a product without options has one,
 * "Price and stock". Inside it the fields keep the contract's plain names
 * `SKU`, `Price`, `Compare-at price`, `Stock`, so find them with
 * `variant("Size M").getByLabel("Price", { exact: true })`. On a simple
 * product `getByLabel("Price", { exact: true })` on the whole form is unique.
 * (`exact` matters: "Price" is also part of "Compare-at price".)
 */
export class ProductFormPage {
  readonly form: Locator;
  readonly title: Locator;
  readonly slug: Locator;
  readonly description: Locator;
  readonly category: Locator;
  readonly brand: Locator;
  readonly status: Locator;
  readonly tags: Locator;
  readonly images: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "Product" });
    this.title = this.form.getByLabel("Title", { exact: true });
    this.slug = this.form.getByLabel("Slug", { exact: true });
    this.description = this.form.getByLabel("Description", { exact: true });
    this.category = this.form.getByLabel("Category", { exact: true });
    this.brand = this.form.getByLabel("Brand", { exact: true });
    this.status = this.form.getByLabel("Status", { exact: true });
    this.tags = this.form.getByLabel("Tags", { exact: true });
    this.images = this.form.getByLabel("Images", { exact: true });
    this.save = this.form.getByRole("button", { name: "Save", exact: true });
  }

  /** One variant's fieldset, by its legend ("Size M"; "Price and stock" on a simple product). */
  variant(name: string): Locator {
    return this.form.getByRole("group", { name, exact: true });
  }

  async fillVariant(group: Locator, v: VariantValues) {
    await group.getByLabel("SKU", { exact: true }).fill(v.sku);
    await group.getByLabel("Price", { exact: true }).fill(v.price);
    await group.getByLabel("Compare-at price", { exact: true }).fill(v.compareAt ?? "");
    await group.getByLabel("Stock", { exact: true }).fill(v.stock);
  }

  /** Option `n` (1-based), e.g. setOption(1, "Size", "S, M"). */
  async setOption(n: number, name: string, values: string) {
    await this.form.getByLabel(`Option ${n} name`, { exact: true }).fill(name);
    await this.form.getByLabel(`Option ${n} values`, { exact: true }).fill(values);
  }

  /** The first category in the list (any category will do for a test product). */
  async chooseFirstCategory() {
    await this.category.selectOption({ index: 1 });
  }

  /** Saves and waits for the product's edit page with its confirmation; returns the product id. */
  async saveAndConfirm(): Promise<number> {
    // The action's response (its redirect included) arrives once the product is saved; the notice may be there already from a previous save.
    const saved = this.page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/admin/products"),
    );
    await this.save.click();
    await saved;
    await expect(this.save).not.toHaveAttribute("aria-busy", "true", { timeout: 15_000 });
    await expect(this.page).toHaveURL(/\/admin\/products\/\d+\?saved=1$/);
    await expect(this.page.getByRole("status").filter({ hasText: "Product saved" })).toBeVisible({ timeout: 15_000 });
    return Number(/\/admin\/products\/(\d+)/.exec(this.page.url())![1]);
  }
}

/** A small picture to upload, made on the spot. */
export async function testPicture(name = "photo.png", width = 2400, height = 1800) {
  const buffer = await sharp({ create: { width, height, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}
