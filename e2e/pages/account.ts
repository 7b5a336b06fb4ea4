import type { Page } from "@playwright/test";
import type { TestAccount } from "../support/account-db";
import { AuthPages } from "./auth-pages";

/** The shopper's account area, by its accessible names (shared/ui-contract.md). */
export class AccountPages {
  constructor(readonly page: Page) {}

  /** Signs in through the sign-in page and waits to land on `next`. */
  async signIn(account: TestAccount, next = "/account"): Promise<void> {
    await new AuthPages(this.page).signIn(account.email, account.password, next);
    await this.page.waitForURL((url) => url.pathname === next.split("?")[0]);
  }

  /** The account area's section links. */
  nav() {
    return this.page.getByRole("navigation", { name: "Account sections" });
  }
}
