import type { Page } from "@playwright/test";
import type { TestAccount } from "../support/account-db";
import { createStaffAccount } from "../support/staff-db";
import { AccountPages } from "./account";

/** The back office, by its accessible names (shared/ui-contract.md). */
export class BackOffice {
  constructor(readonly page: Page) {}

  /** Signs in a fresh admin (or staff member) and lands on `next` in the back office. */
  async signIn(role: "staff" | "admin" = "admin", next = "/admin"): Promise<TestAccount> {
    const account = await createStaffAccount(role);
    await new AccountPages(this.page).signIn(account, next);
    return account;
  }

  /** The back office's section links. */
  nav() {
    return this.page.getByRole("navigation", { name: "Back office" });
  }
}
