import type { Page } from "@playwright/test";
import { waitForMailTo } from "../support/db";

/** The 6-digit code in an e-mail. */
export function codeIn(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match) throw new Error(`No code in: ${text}`);
  return match[1]!;
}

/** The sign-in, sign-up and password pages, by their accessible names (shared/ui-contract.md). */
export class AuthPages {
  constructor(readonly page: Page) {}

  async signUp(name: string, email: string, password: string, next?: string) {
    await this.page.goto(next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up");
    await this.page.getByLabel("Name").fill(name);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  /** Signs up and finishes with the code from the sign-up e-mail (which keeps the password). */
  async signUpAndConfirm(name: string, email: string, password: string, next?: string) {
    const before = new Date(Date.now() - 1000);
    await this.signUp(name, email, password, next);
    const mail = await waitForMailTo(email, "sign-up", before, 30_000);
    await this.enterCode(codeIn(mail.text));
  }

  /** On the "Sign in with an e-mail code" page: asks for a code for `email`. */
  async sendCode(email: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByRole("button", { name: "Send code" }).click();
  }

  /** On the "Forgot your password?" page: asks for a reset link for `email`. */
  async requestPasswordReset(email: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByRole("button", { name: "Send reset link" }).click();
  }

  async enterCode(code: string) {
    await this.page.getByLabel("Code").fill(code);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  async signIn(email: string, password: string, next?: string) {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
    await this.fillSignIn(email, password);
  }

  async fillSignIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  /** A role="alert" or role="status" message containing `text` (Next's empty route announcer is also an alert). */
  message(role: "alert" | "status", text: string | RegExp) {
    return this.page.getByRole(role).filter({ hasText: text });
  }
}
