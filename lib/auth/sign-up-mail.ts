import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/mail/send";
import { accountExistsMail, confirmSignUpMail } from "./emails";
import type { CreateUserResult } from "./mutations";
import { issueSignInCode } from "./tokens";
import { normaliseEmail } from "./users";

/**
 * The one message a sign-up sends: a new account gets the code that confirms
 * its e-mail; an e-mail that already had an account is told so (with a sign-in
 * code). Runs after the response (`after()`), so the page answers alike and as
 * fast either way.
 */
export async function sendSignUpMail(rawEmail: string, created: CreateUserResult, locale: Locale): Promise<void> {
  const email = normaliseEmail(rawEmail);
  try {
    const issued = await issueSignInCode(email);
    const code = issued.ok ? issued.token : null;
    const site = env().SITE_URL;
    await queueMail(
      created.ok
        ? await confirmSignUpMail(email, created.user.name, code, site, locale)
        : await accountExistsMail(email, code, site, locale),
    );
  } catch (error) {
    console.error(`[auth] could not send the sign-up mail to ${email}`, error);
  }
}
