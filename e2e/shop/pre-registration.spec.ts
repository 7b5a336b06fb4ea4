import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "../fixtures";
import { AuthPages, codeIn } from "../pages/auth-pages";
import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { setStock } from "../support/cart-db";
import { testDb, waitForMailTo } from "../support/db";

// Issue #10, item 1: somebody signs up with another person's e-mail and a password of their own.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const PRODUCT = "hazelnut-praline-box";

/** As if the last code for `email` was asked for a minute ago, so a new one may be sent at once. */
async function ageCodes(email: string) {
  await testDb()`update auth_tokens set created_at = created_at - interval '1 minute' where email = ${email}`;
}

async function expectUnconfirmedAccount(page: Page) {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await expect(page.getByText("this account cannot place orders, and its saved addresses and loyalty points stay hidden")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Loyalty points" })).toHaveCount(0);
  await page.goto("/account/addresses");
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add address" })).toHaveCount(0);
}

test("the owner's first e-mail code ends the squatter's session and password", async ({ browser }) => {
  test.slow(); // two browsers, argon2 hashing, mail read from the outbox
  const victim = `victim-${randomUUID().slice(0, 8)}@example.com`;
  const squatterPage = await (await browser.newContext()).newPage();
  const squatter = new AuthPages(squatterPage);

  await squatter.signUp("Not The Owner", victim, "squatters-own-pass-7");
  await expect(squatter.message("status", `We sent a message to ${victim}`)).toBeVisible();
  await squatter.signIn(victim, "squatters-own-pass-7");
  await expect(squatterPage).toHaveURL(/\/account$/);
  await expectUnconfirmedAccount(squatterPage);

  await setStock(PRODUCT, 20);
  await squatterPage.goto(`/p/${PRODUCT}`);
  await squatterPage.getByRole("button", { name: "Add to cart" }).click();
  await expect(squatterPage.getByRole("status").filter({ hasText: "Added to cart" })).toBeVisible();
  await squatterPage.goto("/checkout");
  await expect(squatterPage.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await squatterPage.getByRole("button", { name: "Place order" }).click();
  await expect(squatter.message("alert", "Confirm your e-mail address before placing an order")).toBeVisible();

  // The real owner signs in with a code sent to the address (read from the mail outbox).
  await ageCodes(victim);
  const ownerPage = await (await browser.newContext()).newPage();
  const owner = new AuthPages(ownerPage);
  await ownerPage.goto("/sign-in/code");
  const before = new Date(Date.now() - 1000);
  await owner.sendCode(victim);
  await expect(owner.message("status", `We sent a 6-digit code to ${victim}`)).toBeVisible();
  await owner.enterCode(codeIn((await waitForMailTo(victim, "sign-in-code", before)).text));
  await expect(ownerPage).toHaveURL(/\/account$/);
  await expect(ownerPage.getByRole("heading", { name: "Loyalty points" })).toBeVisible();
  await expect(ownerPage.getByRole("heading", { name: "Confirm your e-mail address" })).toHaveCount(0);

  // The squatter's session is gone, and their password no longer opens the account.
  await squatterPage.goto("/account");
  await expect(squatterPage).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await squatter.fillSignIn(victim, "squatters-own-pass-7");
  await expect(squatter.message("alert", "That e-mail and password do not match an account.")).toBeVisible();

  await ownerPage.context().close();
  await squatterPage.context().close();
});

test("a password account confirms its own e-mail from the account page and keeps its password", async ({ page, auth }) => {
  test.slow();
  const account = await createAccount("Una Confirmed", { verified: false });
  await auth.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/account$/);
  await expectUnconfirmedAccount(page);

  await page.goto("/account");
  const before = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(auth.message("status", `We sent a 6-digit code to ${account.email}`)).toBeVisible();
  const mail = await waitForMailTo(account.email, "confirm-email", before);
  await page.getByLabel("Code").fill(codeIn(mail.text));
  await page.getByRole("button", { name: "Confirm e-mail" }).click();
  await expect(page.getByRole("heading", { name: "Loyalty points" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toHaveCount(0);

  await page.goto("/account/addresses");
  await expect(page.getByRole("link", { name: "Add address" })).toBeVisible();
  await page.context().clearCookies();
  await auth.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/account$/);
});

test("the notice of an unconfirmed account, with its code field, has no serious accessibility problems @phone", async ({ page, auth }) => {
  const account = await createAccount("Axe Unconfirmed", { verified: false });
  await auth.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByLabel("Code")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
