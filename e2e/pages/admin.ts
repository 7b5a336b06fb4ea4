import type { Page } from "@playwright/test";
import type { TestAccount } from "../support/account-db";
import { createStaffAccount } from "../support/staff-db";
import { signIn } from "./account";

/** Signs in a fresh admin (or staff member) and lands on `next` in the back office. */
export async function signInToBackOffice(page: Page, role: "staff" | "admin" = "admin", next = "/admin"): Promise<TestAccount> {
  const account = await createStaffAccount(role);
  await signIn(page, account, next);
  return account;
}

/** The back office's section links (shared/ui-contract.md). */
export function adminNav(page: Page) {
  return page.getByRole("navigation", { name: "Back office" });
}
