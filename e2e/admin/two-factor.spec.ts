import type { Browser, Page } from "@playwright/test";
import { generateSync } from "otplib";
import { expect, test } from "../fixtures";
import type { TestAccount } from "../support/account-db";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { seriousA11yViolations } from "../support/axe";
import { createStaffAccount } from "../support/staff-db";

// Its own instance of the built app with ADMIN_MFA=required (the suite's server has it optional), on a port
// of its own so that it can run beside e2e/ops/freshness.spec.ts (3206, 3207).
const PORT = Number(process.env.E2E_MFA_PORT ?? 3209);

test.describe.configure({ mode: "serial" });

let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppInstance(PORT, { ADMIN_MFA: "required" });
});

test.afterAll(async () => {
  await app?.stop();
});

/** The code an authenticator app shows for `secret`, `offset` steps of 30 s from now. */
const codeAt = (secret: string, offset = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url });
  return context.newPage();
}

async function passwordStep(page: Page, account: TestAccount) {
  await page.goto("/sign-in?next=%2Fadmin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function secondStep(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

const dashboard = (page: Page) => page.getByRole("navigation", { name: "Back office" });

test("an admin enrols in two-factor sign-in, then signs in with a code or a recovery code (once)", async ({ browser }) => {
  test.slow();
  const admin = await createStaffAccount("admin");
  const page = await newPage(browser);

  // Without two-factor, the back office sends the admin to enrol first.
  await passwordStep(page, admin);
  await page.waitForURL((url) => url.pathname === "/two-factor");
  await page.goto("/admin");
  await page.waitForURL((url) => url.pathname === "/two-factor");
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const setupKey = (await page.getByText(/^Setup key/).textContent()) ?? "";
  const key = /Setup key\s*([A-Z2-7]{16,})/.exec(setupKey)?.[1] ?? "";
  expect(key, `Setup key text: ${setupKey}`).not.toBe("");
  await secondStep(page, codeAt(key) === "000000" ? "111111" : "000000");
  await expect(page.getByRole("alert").filter({ hasText: "does not match" })).toBeVisible();
  await secondStep(page, codeAt(key));
  const codes = page.getByRole("region", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(dashboard(page)).toBeVisible();

  // Password alone no longer opens the back office; a wrong code is refused.
  await signOut(page);
  await passwordStep(page, admin);
  await page.waitForURL((url) => url.pathname === "/sign-in/verify");
  await page.goto("/admin/orders");
  await page.waitForURL((url) => url.pathname === "/sign-in/verify");
  const right = codeAt(key, 1);
  await secondStep(page, right === "000000" ? "111111" : "000000");
  await expect(page.getByRole("alert").filter({ hasText: "That code is wrong" })).toBeVisible();
  await secondStep(page, right);
  await page.waitForURL((url) => url.pathname === "/admin/orders");
  await expect(dashboard(page)).toBeVisible();

  // A recovery code instead of the app: it works once.
  await signOut(page);
  await passwordStep(page, admin);
  await secondStep(page, recovery);
  await page.waitForURL((url) => url.pathname === "/admin");
  await expect(dashboard(page)).toBeVisible();
  await signOut(page);
  await passwordStep(page, admin);
  await secondStep(page, recovery);
  await expect(page.getByRole("alert").filter({ hasText: "That code is wrong" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await page.context().close();
});

test("staff without two-factor still reach the back office when only admins are required to enrol", async ({ browser }) => {
  const staff = await createStaffAccount("staff");
  const page = await newPage(browser);
  await passwordStep(page, staff);
  await page.waitForURL((url) => url.pathname === "/admin");
  await expect(dashboard(page)).toBeVisible();
  await page.context().close();
});

test("the enrolment page has no serious accessibility problems", async ({ browser }) => {
  const page = await newPage(browser);
  await passwordStep(page, await createStaffAccount("admin"));
  await page.waitForURL((url) => url.pathname === "/two-factor");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});
