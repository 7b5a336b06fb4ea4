import type { Locator, Page } from "@playwright/test";

export type Address = { fullName: string; line1: string; city: string; postalCode: string; country?: string; phone?: string };

export class CheckoutPage {
  readonly placeOrder: Locator;

  constructor(readonly page: Page) {
    this.placeOrder = page.getByRole("button", { name: "Place order" });
  }

  /** Adds one of a product to the cart from its page and waits for the confirmation. */
  async addToCart(slug: string) {
    await this.page.goto(`/p/${slug}`);
    await this.page.getByRole("button", { name: "Add to cart" }).click();
    await this.message("status", "Added to cart").waitFor();
  }

  async fill(email: string, address: Address, method: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Full name").fill(address.fullName);
    await this.page.getByLabel("Address").fill(address.line1);
    await this.page.getByLabel("City").fill(address.city);
    await this.page.getByLabel("Postal code").fill(address.postalCode);
    if (address.country) await this.page.getByLabel("Country").selectOption({ label: address.country });
    if (address.phone) await this.page.getByLabel("Phone").fill(address.phone);
    await this.page.getByRole("radio", { name: method }).check();
  }

  /** A message announced as role=alert or role=status with this text (Next's empty route announcer is left out). */
  message(role: "alert" | "status", text: string | RegExp): Locator {
    return this.page.getByRole(role).filter({ hasText: text });
  }
}
