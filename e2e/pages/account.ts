import { expect, type Page } from "@playwright/test";
import type { TestAccount } from "../support/account-db";
import { AuthPages } from "./auth-pages";

/** The shopper's account area, by its accessible names (shared/ui-contract.md). */
export class AccountPages {
  constructor(readonly page: Page) {}

  /**
   * Signs in and waits to land on `next`. For tests about something else than signing in: the e-mail and
   * password go to the sign-in endpoint itself (next-auth's, which the sign-in page's action calls too: same
   * password check, throttle and session cookie), without rendering the sign-in page first.
   * e2e/shop/auth.spec.ts tests the page; `signInThroughPage` is for tests about sessions.
   */
  async signIn(account: TestAccount, next = "/account"): Promise<void> {
    const request = this.page.context().request;
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const answer = await request.post("/api/auth/callback/password", {
      form: { email: account.email, password: account.password, csrfToken, callbackUrl: next },
      maxRedirects: 0,
    });
    // Signed in: a redirect to `next` (a refusal redirects to the sign-in page with an error).
    expect(answer.status(), `signing in ${account.email}`).toBe(302);
    expect(new URL(answer.headers().location!, "http://x").searchParams.get("error"), `signing in ${account.email}`).toBeNull();
    await this.page.goto(next);
    await this.page.waitForURL((url) => url.pathname === next.split("?")[0]);
  }

  /** Signs in through the sign-in page, as a shopper does, and waits to land on `next`. */
  async signInThroughPage(account: TestAccount, next = "/account"): Promise<void> {
    await new AuthPages(this.page).signIn(account.email, account.password, next);
    await this.page.waitForURL((url) => url.pathname === next.split("?")[0]);
  }

  /** The account area's section links. */
  nav() {
    return this.page.getByRole("navigation", { name: "Account sections" });
  }
}
