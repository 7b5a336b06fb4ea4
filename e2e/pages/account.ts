import type { Page } from "@playwright/test";
import type { TestAccount } from "../support/account-db";

/** Signs in through the sign-in page and waits to land on `next`. */
export async function signIn(page: Page, account: TestAccount, next = "/account"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}

/** The account area's section links. */
export function accountNav(page: Page) {
  return page.getByRole("navigation", { name: "Account sections" });
}
