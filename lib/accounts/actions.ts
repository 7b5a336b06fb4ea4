"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { shopperAction } from "@/lib/actions";
import { confirmEmailMail } from "@/lib/auth/emails";
import { confirmOwnEmail } from "@/lib/auth/mutations";
import { signIn } from "@/lib/auth/next-auth";
import { codeSignInSchema } from "@/lib/auth/schema";
import { issueSignInCode } from "@/lib/auth/tokens";
import type { ActionState } from "@/lib/forms/action-state";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { AUTH_REFUSALS } from "@/lib/auth/messages";
import { ACCOUNT_REFUSALS } from "@/lib/accounts/messages";
import { mailLocale } from "@/lib/mail/locale";
import { queueMail } from "@/lib/mail/send";
import { consume, retryIn } from "@/lib/rate-limit";
import { changePassword, updateName } from "./mutations";
import { passwordChangeSchema, profileSchema } from "./schema";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";

const PROFILE = "/account/profile";

/** `Save` on the Profile page: the shopper's name. */
export const updateProfileAction = withKnownMessages(
  shopperAction({ returnTo: PROFILE, schema: profileSchema }, async (data, { user }): Promise<ActionState> => {
    await updateName(user.id, data.name);
    revalidateEveryLocale("/account", "layout");
    return { ok: true, message: "Your name was saved.", values: { name: data.name } };
  }),
  AUTH_REFUSALS,
  ACCOUNT_REFUSALS,
);

/**
 * `Change password`: checks the current one (rate limited per account), stores the
 * new hash and bumps the session version, which signs out every other browser;
 * this one is signed in again with the new password so it stays signed in.
 */
export const changePasswordAction = withKnownMessages(
  shopperAction(
    {
      returnTo: PROFILE,
      schema: passwordChangeSchema,
      // Counted before the current password is checked, so parallel guesses cannot outrun the limit.
      rateLimit: async (_data, { user }) => {
        const limit = await consume("passwordCheck", user.id);
        return limit.ok ? null : `Too many password changes. ${retryIn(limit.retryAfterSeconds)}`;
      },
    },
    async (data, { user }): Promise<ActionState> => {
      const result = await changePassword(user.id, data.currentPassword || undefined, data.newPassword);
      if (!result.ok) {
        return { error: result.error, fieldErrors: { [result.field]: result.error } };
      }
      try {
        await signIn("password", {
          email: result.email,
          password: data.newPassword,
          redirectTo: await localized(`${PROFILE}?notice=password-changed`),
        });
      } catch (error) {
        // A successful sign-in ends in a redirect, which must propagate; only a refused one is handled here.
        if (error instanceof AuthError) {
          return { error: "Your password was changed, but signing you in again failed. Sign in with the new password." };
        }
        throw error;
      }
      return { ok: true, message: "Your password was changed." };
    },
  ),
  AUTH_REFUSALS,
  ACCOUNT_REFUSALS,
);

/** `Send code` on the notice of an unconfirmed account: e-mails a code to the account's own address. */
export const sendConfirmCodeAction = withKnownMessages(
  shopperAction({ returnTo: "/account", schema: z.object({}) }, async (_data, { user }): Promise<ActionState> => {
    if (user.emailVerified) return { ok: true, message: "Your e-mail address is already confirmed." };
    const issued = await issueSignInCode(user.email);
    if (!issued.ok) return { error: issued.error };
    await queueMail(await confirmEmailMail(user.email, issued.token, await mailLocale()));
    return { ok: true, message: `We sent a 6-digit code to ${user.email}. Enter it below; it works for 10 minutes.` };
  }),
  AUTH_REFUSALS,
  ACCOUNT_REFUSALS,
);

/** `Confirm e-mail`: the code proves the address; the password and this session stay. */
export const confirmEmailAction = withKnownMessages(
  shopperAction({ returnTo: "/account", schema: codeSignInSchema }, async (data, { user }): Promise<ActionState> => {
    if (data.email !== user.email || !(await confirmOwnEmail(user.id, data.code))) {
      return {
        error: "That code is wrong, expired or already used. Check the latest e-mail, or send a new code.",
        fieldErrors: { code: "Enter the latest code." },
      };
    }
    // The account's own pages (the shop's cached pages show nothing of it: dropping them all would re-render the
    // whole shop, for every instance, at each confirmation); any revalidation also refreshes this browser's pages.
    revalidateEveryLocale("/account", "layout");
    return { ok: true, message: "Your e-mail address is confirmed. You can now place orders." };
  }),
  AUTH_REFUSALS,
  ACCOUNT_REFUSALS,
);
