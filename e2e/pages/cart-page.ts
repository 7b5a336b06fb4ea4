import type { Locator, Page } from "@playwright/test";

export class CartPage {
  readonly lines: Locator;
  readonly checkout: Locator;

  constructor(readonly page: Page) {
    this.lines = page.getByRole("list", { name: "Items in your cart" }).getByRole("listitem");
    this.checkout = page.getByRole("link", { name: "Checkout" });
  }

  line(title: string): Locator {
    return this.lines.filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  async setQuantity(title: string, quantity: number) {
    const line = this.line(title);
    await line.getByRole("spinbutton", { name: "Quantity" }).fill(String(quantity));
    await line.getByRole("button", { name: "Update" }).click();
  }

  /** A message announced as role=alert or role=status with this text (Next's empty route announcer is left out). */
  message(role: "alert" | "status", text: string | RegExp): Locator {
    return this.page.getByRole(role).filter({ hasText: text });
  }
}
