import type { Page } from "@playwright/test";

/** A shopper's order page and the /track form that finds one, by their accessible names (shared/ui-contract.md). */
export class OrderPage {
  constructor(readonly page: Page) {}

  /** Opens /track and asks for the order with `number` and `email`. */
  async track(number: string, email: string) {
    await this.page.goto("/track");
    await this.submitTrack(number, email);
  }

  /** On /track: fills in the order number and e-mail and submits. */
  async submitTrack(number: string, email: string) {
    await this.page.getByLabel("Order number").fill(number);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByRole("button", { name: "Track order" }).click();
  }

  /** In the open refund form: gives the reason and sends the request. */
  async requestRefund(reason: string) {
    await this.page.getByLabel("Reason").fill(reason);
    await this.page.getByRole("button", { name: "Request refund" }).click();
  }
}
