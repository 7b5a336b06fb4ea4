"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { after } from "next/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { AUTH_REFUSALS } from "@/lib/auth/messages";
import { z } from "zod";
import { publicAction, type RateLimitHook } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { env } from "@/lib/env";
import { consumeAll, retryIn } from "@/lib/rate-limit";
import { mailLocale } from "@/lib/mail/locale";
import { queueMail } from "@/lib/mail/send";
import { localizePath } from "@/lib/i18n/locales";
import { clientIp } from "./client-ip";
import { signInErrorMessage } from "./credential-errors";
import { endAllSessions } from "./end-sessions";
import { passwordResetMail, signInCodeMail } from "./emails";
import { createUserWithPassword, resetPasswordWithToken } from "./mutations";
import { safeNextPath } from "./next-path";
import { signIn, signOut } from "./next-auth";
import { oauthChoices } from "./oauth-providers";
import { codeSignInSchema, emailSchema, oauthProviderSchema, resetPasswordSchema, signInSchema, signUpSchema } from "./schema";
import { issuePasswordReset, issueSignInCode } from "./tokens";
import { decoySignUpProof, signUpProof } from "./sign-up-proof";
import { keepSignUpProof, readSignUpProof } from "./sign-up-cookie";
import { sendSignUpMail } from "./sign-up-mail";
import { afterFirstFactor } from "./two-factor/next-step";

/** Counts a request per client address and per e-mail (the builders' rate-limit hook); the sentence to show when either is spent. */
function limitedPer(
  address: "signUpAddress" | "tokenRequestAddress",
  email: "signUpEmail" | "tokenRequestEmail",
): RateLimitHook<{ email: string }, unknown> {
  return async (input) => {
    const verdict = await consumeAll([
      [address, clientIp(await headers())],
      [email, input.email],
    ]);
    return verdict.ok ? null : `Too many attempts in a short time. ${retryIn(verdict.retryAfterSeconds)}`;
  };
}

const CODE_REJECTED = "That code is wrong, expired or already used. Check the latest e-mail, or send a new code.";

/**
 * Signs in through a credentials provider. Success throws Next's redirect to
 * `next` (rethrown); a refusal comes back as the sentence to show.
 */
async function credentialsSignIn(provider: "password" | "email-code", fields: Record<string, string>, next: string): Promise<string> {
  try {
    // `next` in the page's language: signing in from /zh-CN/sign-in lands on the Chinese page.
    await signIn(provider, { ...fields, redirectTo: await localized(next) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : undefined;
    if (provider === "email-code" && !code?.startsWith("throttled:")) return CODE_REJECTED;
    return signInErrorMessage(code);
  }
  throw new Error("signIn() returned without redirecting");
}

export const signInAction = withKnownMessages(
  publicAction({ schema: signInSchema }, async (data, { form }): Promise<ActionState> => {
    const error = await credentialsSignIn("password", data, await afterFirstFactor(data.email, safeNextPath(form.get("next"))));
    return { error, values: formValues(form) };
  }),
  AUTH_REFUSALS,
);

/**
 * Creates the account (unverified) unless the e-mail has one, and answers the
 * same either way: the mail, sent after the response, says which. The code in
 * it finishes sign-up (keeping the password, thanks to the proof cookie).
 */
export const signUpAction = withKnownMessages(
  publicAction({ schema: signUpSchema, rateLimit: limitedPer("signUpAddress", "signUpEmail") }, async (data): Promise<ActionState> => {
    const created = await createUserWithPassword(data);
    await keepSignUpProof(created.ok ? signUpProof(created.user) : decoySignUpProof());
    const locale = await mailLocale();
    after(() => sendSignUpMail(data.email, created, locale));
    const { email } = data;
    return {
      ok: true,
      message: `We sent a message to ${email}. Enter the code from it below to finish; it works for 10 minutes.`,
      values: { email },
    };
  }),
  AUTH_REFUSALS,
);

export const requestCodeAction = withKnownMessages(
  publicAction(
    // A refused "Send a new code" keeps the form on the code step (its `resend` field comes back in the values).
    { schema: emailSchema, rateLimit: limitedPer("tokenRequestAddress", "tokenRequestEmail") },
    async ({ email }, { form }): Promise<ActionState> => {
      const issued = await issueSignInCode(email);
      if (!issued.ok) return { error: issued.error, values: { email, ...(form.get("resend") === "1" ? { resend: "1" } : {}) } };
      await queueMail(await signInCodeMail(email, issued.token, await mailLocale()));
      return { ok: true, message: `We sent a 6-digit code to ${email}. Enter it below; it works for 10 minutes.`, values: { email } };
    },
  ),
  AUTH_REFUSALS,
);

export const signInWithCodeAction = withKnownMessages(
  publicAction({ schema: codeSignInSchema }, async (data, { form }): Promise<ActionState> => {
    const proof = (await readSignUpProof()) ?? "";
    const next = await afterFirstFactor(data.email, safeNextPath(form.get("next")));
    const error = await credentialsSignIn("email-code", { ...data, proof }, next);
    return { error, values: { email: data.email } };
  }),
  AUTH_REFUSALS,
);

export const requestPasswordResetAction = withKnownMessages(
  publicAction(
    { schema: emailSchema, rateLimit: limitedPer("tokenRequestAddress", "tokenRequestEmail") },
    async ({ email }): Promise<ActionState> => {
      const locale = await mailLocale();
      after(async () => {
        const issued = await issuePasswordReset(email);
        if (!issued) return;
        const link = new URL(localizePath(`/reset-password?token=${encodeURIComponent(issued.token)}`, locale), env().SITE_URL).toString();
        await queueMail(await passwordResetMail(issued.user.email, link, locale));
      });
      // The same answer whether or not there is an account, so the form does not reveal who has one.
      return {
        ok: true,
        message: `If ${email} has an account, we sent it a link to set a new password. The link works for 1 hour.`,
        values: { email },
      };
    },
  ),
  AUTH_REFUSALS,
);

export const resetPasswordAction = withKnownMessages(
  publicAction({ schema: resetPasswordSchema }, async (data): Promise<ActionState> => {
    const result = await resetPasswordWithToken(data.token, data.newPassword);
    if (!result.ok) return { error: "This reset link has expired or was already used. Ask for a new one." };
    redirect(await localized("/sign-in?reset=1"));
  }),
  AUTH_REFUSALS,
);

const OAUTH_UNAVAILABLE = "/sign-in?error=OAuthUnavailable";

/** Starts GitHub or Google sign-in (only those switched on by their env vars). */
export const oauthSignInAction = publicAction.form(
  { schema: oauthProviderSchema, invalid: async () => redirect(await localized(OAUTH_UNAVAILABLE)) },
  async ({ provider }, { form }) => {
    if (!oauthChoices().some((c) => c.id === provider)) redirect(await localized(OAUTH_UNAVAILABLE));
    await signIn(provider, { redirectTo: await localized(safeNextPath(form.get("next"))) });
  },
);

/** Signs out here and ends the account's sessions everywhere (a copied cookie stops working too). */
export const signOutAction = publicAction.form({ schema: z.object({}), invalid: () => {} }, async (_data, { sessionUser }) => {
  const user = await sessionUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: await localized("/") });
});
