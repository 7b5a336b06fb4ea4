import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "../fixtures";
import { codeIn } from "../pages/auth-pages";
import { seriousA11yViolations } from "../support/axe";
import { waitForMailTo } from "../support/db";

// Every form here makes a server round trip with argon2 hashing (and the first one compiles, under `next dev`): allow time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

/** Matches the page's whole URL when its path (and query) is exactly `path`. */
const at = (path: string) => new RegExp(`^https?://[^/]+${path.replace(/[?.*+()[\]]/g, "\\$&")}$`);
const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;
const SHOPPER = { email: "shopper@example.com", password: "shopper-pass-2026" };

test("sign up finishes with the e-mailed code on the account page, password kept; sign out ends the session", async ({ page, auth }) => {
  const address = email("newcomer");
  await auth.signUp("Nia Newcomer", address.toUpperCase(), "newcomer-pass-1");
  await expect(auth.message("status", `We sent a message to ${address}`)).toBeVisible();
  const mail = await waitForMailTo(address, "sign-up");
  expect(mail.subject).toContain("Confirm your e-mail address");
  await auth.enterCode(codeIn(mail.text));
  await expect(page).toHaveURL(at("/account"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nia Newcomer");
  await expect(page.getByRole("heading", { name: "Loyalty points" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(at("/"));
  await page.goto("/account");
  await expect(page).toHaveURL(at("/sign-in?next=%2Faccount"));
  await auth.fillSignIn(address, "newcomer-pass-1");
  await expect(page).toHaveURL(at("/account"));
});

test("sign up checks the password, and answers a taken e-mail as any other (the mail tells the owner)", async ({ page, auth }) => {
  await auth.signUp("Short", email("short"), "short");
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Short");
  await auth.signUp("Common", email("common"), "iloveyou1");
  await expect(page.getByText("one of the most common")).toBeVisible();

  const before = new Date(Date.now() - 1000);
  await auth.signUp("Sam Again", SHOPPER.email, "another-pass-1");
  await expect(auth.message("status", `We sent a message to ${SHOPPER.email}. Enter the code from it below`)).toBeVisible();
  await expect(page.getByLabel("Code")).toBeVisible();
  expect((await waitForMailTo(SHOPPER.email, "account-exists", before)).text).toContain("you already have an account");
});

test("the seeded shopper signs in and returns to ?next=; sign-in then skips the form", async ({ page, auth }) => {
  await auth.signIn(SHOPPER.email, SHOPPER.password, "/cart");
  await expect(page).toHaveURL(at("/cart"));
  await page.goto("/sign-in?next=%2F%2Fevil.example");
  await expect(page).toHaveURL(at("/account"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam Shopper");
});

test("a wrong password shows the alert and keeps the e-mail", async ({ page, auth }) => {
  const address = email("typo");
  await auth.signIn(address, "not-the-password");
  await expect(auth.message("alert", "That e-mail and password do not match an account.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(address);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(page).toHaveURL(at("/sign-in"));
});

test("sign in with an e-mail code creates the account; a wrong code is refused", async ({ page, auth }) => {
  const address = email("coder");
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with an e-mail code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in with an e-mail code" })).toBeVisible();
  const before = new Date(Date.now() - 1000);
  await auth.sendCode(address);
  await expect(auth.message("status", `We sent a 6-digit code to ${address}`)).toBeVisible();
  const mail = await waitForMailTo(address, "sign-in-code", before);
  const code = codeIn(mail.text);

  await auth.enterCode(code === "000000" ? "111111" : "000000");
  await expect(auth.message("alert", "That code is wrong")).toBeVisible();

  await auth.enterCode(code);
  await expect(page).toHaveURL(at("/account"));
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
});

test("forgot password: the link from the e-mail sets a new password once", async ({ page, auth }) => {
  const address = email("forgetful");
  await auth.signUpAndConfirm("Fay Forgetful", address, "first-password-1");
  await expect(page).toHaveURL(at("/account"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(at("/"));

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  const before = new Date(Date.now() - 1000);
  await auth.requestPasswordReset(address);
  await expect(auth.message("status", `If ${address} has an account, we sent it a link`)).toBeVisible();
  const mail = await waitForMailTo(address, "password-reset", before);
  const link = new URL(/https?:\/\/\S+reset-password\?token=\S+/.exec(mail.text)![0]);

  await page.goto(`${link.pathname}${link.search}`);
  await page.getByLabel("New password").fill("second-password-2");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(at("/sign-in?reset=1"));
  await expect(auth.message("status", "Your password was changed. Sign in with the new one.")).toBeVisible();

  await auth.fillSignIn(address, "first-password-1");
  await expect(auth.message("alert", "do not match")).toBeVisible();
  await auth.fillSignIn(address, "second-password-2");
  await expect(page).toHaveURL(at("/account"));

  await page.goto(`${link.pathname}${link.search}`);
  await expect(auth.message("alert", "This reset link has expired or was already used.")).toBeVisible();
});

test("an unknown e-mail gets the same reset confirmation", async ({ page, auth }) => {
  await page.goto("/forgot-password");
  const address = email("nobody");
  await auth.requestPasswordReset(address);
  await expect(auth.message("status", `If ${address} has an account, we sent it a link`)).toBeVisible();
});

for (const path of ["/sign-in", "/sign-up", "/sign-in/code", "/forgot-password", "/reset-password?token=expired-or-unknown-token"]) {
  test(`${path} has no serious accessibility problems @phone`, async ({ page, auth }) => {
    await page.goto(path);
    if (path === "/sign-in") {
      await auth.fillSignIn(email("axe"), "wrong-password");
      await expect(auth.message("alert", "do not match")).toBeVisible();
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}
