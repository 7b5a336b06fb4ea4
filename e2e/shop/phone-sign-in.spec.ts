import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "../fixtures";
import { codeIn } from "../pages/auth-pages";
import { seriousA11yViolations } from "../support/axe";
import { ageSmsCodes, uniqueMobile, waitForSmsTo } from "../support/sms-db";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

const at = (path: string) => new RegExp(`^https?://[^/]+${path.replace(/[?.*+()[\]]/g, "\\$&")}$`);
const masked = (e164: string) => `+86 *** **** ${e164.slice(-4)}`;

/**
 * Send code, once more 30 seconds later when the number had a code moments ago
 * (one code per number per 30 seconds, whatever it was for). The 30 seconds pass
 * in the database: the number's codes are dated 31 seconds back, rather than waited for.
 */
async function sendCode(page: Page, e164: string) {
  const refused = page.getByRole("alert").filter({ hasText: "We just sent you a code." });
  const sent = page.getByRole("status").filter({ hasText: "We sent a 6-digit code" });
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(refused.or(sent)).toBeVisible();
  if (await refused.isVisible()) {
    await ageSmsCodes(e164, 31);
    await page.getByRole("button", { name: "Send code" }).click();
    await expect(sent).toBeVisible();
  }
}

test("sign up with a mobile number and an SMS code, then sign in again with a new code", async ({ page, auth }) => {
  const mobile = uniqueMobile();
  await page.goto("/sign-up");
  await page.getByRole("link", { name: "Sign up with a mobile number" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account with a mobile number" })).toBeVisible();
  await page.getByLabel("Name").fill("Wang Fang");
  await page.getByLabel("Mobile number").fill(mobile.typed);
  const before = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(auth.message("status", `We sent a 6-digit code to ${masked(mobile.e164)}`)).toBeVisible();
  const sms = await waitForSmsTo(mobile.e164, "sms-sign-in-code", before);
  const code = codeIn(sms.text);
  // At rest the outbox keeps the text without its code.
  baseExpect(sms.stored).not.toContain(code);

  await page.getByLabel("Code").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(auth.message("alert", "That code is wrong, expired or already used.")).toBeVisible();
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(at("/account"));
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Wang Fang" })).toBeVisible();
  await expect(page.getByText("verified: you can sign in with an SMS code.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(at("/"));
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with a mobile number" }).click();
  await page.getByLabel("Mobile number").fill(mobile.e164);
  const again = new Date(Date.now() - 1000);
  await sendCode(page, mobile.e164);
  const second = await waitForSmsTo(mobile.e164, "sms-sign-in-code", again);
  await page.getByLabel("Code").fill(codeIn(second.text));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(at("/account"));
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Wang Fang" })).toBeVisible();
});

test("an e-mail account adds and verifies a mobile number, then signs in with it", async ({ page, auth }) => {
  const address = `phone-${randomUUID().slice(0, 8)}@example.com`;
  const mobile = uniqueMobile();
  await auth.signUpAndConfirm("Zhao Lei", address, "zhao-lei-password-1");
  await expect(page).toHaveURL(at("/account"));
  const section = page.getByRole("region", { name: "Mobile number" });
  await section.getByLabel("Mobile number").fill(mobile.typed);
  const before = new Date(Date.now() - 1000);
  await section.getByRole("button", { name: "Send code" }).click();
  const sms = await waitForSmsTo(mobile.e164, "sms-verify-code", before);
  await section.getByLabel("Code").fill(codeIn(sms.text));
  await section.getByRole("button", { name: "Verify" }).click();
  await expect(auth.message("status", `${masked(mobile.e164)} is verified`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(at("/"));
  await page.goto("/sign-in/phone?next=%2Faccount");
  await page.getByLabel("Mobile number").fill(mobile.typed);
  const signInAt = new Date(Date.now() - 1000);
  await sendCode(page, mobile.e164);
  const code = await waitForSmsTo(mobile.e164, "sms-sign-in-code", signInAt);
  await page.getByLabel("Code").fill(codeIn(code.text));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(at("/account"));
  await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
});

test("a number that is not a mobile number is refused on the page", async ({ page, auth }) => {
  await page.goto("/sign-in/phone");
  await page.getByLabel("Mobile number").fill("010 6552 9988");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText("That looks like a landline.")).toBeVisible();
  await expect(page.getByLabel("Mobile number")).toHaveValue("010 6552 9988");
  await expect(auth.message("alert", "Please correct the highlighted fields.")).toBeVisible();
});

for (const path of ["/sign-in/phone", "/sign-up/phone"]) {
  test(`${path} has no serious accessibility problems @phone`, async ({ page }) => {
    await page.goto(path);
    baseExpect(await seriousA11yViolations(page)).toEqual([]);
  });
}
