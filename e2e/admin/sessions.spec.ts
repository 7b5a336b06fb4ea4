import type { Browser, BrowserContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount, type TestAccount } from "../support/account-db";

/** A separate browser signed in as `account`, on its account page. */
async function signedInElsewhere(browser: Browser, account: TestAccount): Promise<BrowserContext> {
  const context = await browser.newContext();
  await new AccountPages(await context.newPage()).signInThroughPage(account, "/account");
  return context;
}

/** Whether `context`'s cookie still opens the account page (else sign-in is asked for). */
async function stillSignedIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto("/account");
  const signedIn = new URL(page.url()).pathname === "/account";
  await page.close();
  return signedIn;
}

test("signing out ends the session everywhere its cookie was copied", async ({ browser }) => {
  const account = await createAccount("Copy Cat");
  const original = await signedInElsewhere(browser, account);
  const copy = await browser.newContext({ storageState: await original.storageState() });
  expect(await stillSignedIn(copy)).toBe(true);

  const page = await original.newPage();
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await stillSignedIn(copy)).toBe(false);
  await Promise.all([original.close(), copy.close()]);
});

test("an admin disables an account (its sessions end, it cannot sign in), enables it again, and ends its sessions", async ({
  backOffice,
  browser,
  page,
}) => {
  test.slow();
  const customer = await createAccount("Dana Disabled");
  const theirs = await signedInElsewhere(browser, customer);
  await backOffice.signIn("admin", `/admin/customers/${customer.id}`);
  const account = page.getByRole("region", { name: "Account" });

  await account.getByRole("button", { name: "Disable account" }).click();
  await expect(account.getByRole("status")).toContainText("Account disabled");
  expect(await stillSignedIn(theirs)).toBe(false);
  const attempt = await browser.newContext();
  const signInPage = await attempt.newPage();
  await signInPage.goto("/sign-in");
  await signInPage.getByLabel("Email").fill(customer.email);
  await signInPage.getByLabel("Password").fill(customer.password);
  await signInPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(signInPage.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await attempt.close();

  await account.getByRole("button", { name: "Enable account" }).click();
  await expect(account.getByRole("status")).toContainText("Account enabled");
  await theirs.close();
  const again = await signedInElsewhere(browser, customer);
  expect(await stillSignedIn(again)).toBe(true);

  await account.getByRole("button", { name: "End sessions" }).click();
  await expect(account.getByRole("status").filter({ hasText: "Sessions ended" })).toBeVisible();
  expect(await stillSignedIn(again)).toBe(false);
  await again.close();
});

test("staff see no account controls, and an admin has none over their own account", async ({ page, backOffice }) => {
  const customer = await createAccount("Sky Staffview");
  await backOffice.signIn("staff", `/admin/customers/${customer.id}`);
  const account = page.getByRole("region", { name: "Account" });
  await expect(account).toContainText("Only an admin can disable an account or end its sessions.");
  await expect(account.getByRole("button")).toHaveCount(0);
});
