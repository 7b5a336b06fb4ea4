"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { signInErrorMessage } from "./credential-errors";
import { passwordResetMail, signInCodeMail, welcomeMail } from "./emails";
import { createUserWithPassword, resetPasswordWithToken } from "./mutations";
import { safeNextPath } from "./next-path";
import { signIn, signOut } from "./next-auth";
import { oauthChoices } from "./oauth-providers";
import { codeSignInSchema, emailSchema, oauthProviderSchema, resetPasswordSchema, signInSchema, signUpSchema } from "./schema";
import { issuePasswordReset, issueSignInCode } from "./tokens";

export type SignUpState = ActionState & { emailTaken?: boolean };

const CODE_REJECTED = "That code is wrong, expired or already used. Check the latest e-mail, or send a new code.";

/**
 * Signs in through a credentials provider. Success throws Next's redirect to
 * `next` (rethrown); a refusal comes back as the sentence to show.
 */
async function credentialsSignIn(provider: "password" | "email-code", fields: Record<string, string>, next: string): Promise<string> {
  try {
    await signIn(provider, { ...fields, redirectTo: next });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : undefined;
    if (provider === "email-code" && !code?.startsWith("throttled:")) return CODE_REJECTED;
    return signInErrorMessage(code);
  }
  throw new Error("signIn() returned without redirecting");
}

export const signInAction = publicAction({ schema: signInSchema }, async (data, { form }): Promise<ActionState> => {
  const error = await credentialsSignIn("password", data, safeNextPath(form.get("next")));
  return { error, values: formValues(form) };
});

export const signUpAction = publicAction({ schema: signUpSchema }, async (data, { form }): Promise<SignUpState> => {
  const created = await createUserWithPassword(data);
  if (!created.ok) {
    return {
      error: "An account with this e-mail already exists.",
      fieldErrors: { email: "This e-mail already has an account: sign in instead." },
      emailTaken: true,
      values: formValues(form),
    };
  }
  await sendMail(await welcomeMail(created.user.email, created.user.name));
  const { email, password } = data;
  const error = await credentialsSignIn("password", { email, password }, safeNextPath(form.get("next")));
  return { error: `Your account was created, but signing in failed: ${error}`, values: formValues(form) };
});

export const requestCodeAction = publicAction({ schema: emailSchema }, async ({ email }, { form }): Promise<ActionState> => {
  const issued = await issueSignInCode(email);
  // A refused "Send a new code" keeps the form on the code step.
  if (!issued.ok) return { error: issued.error, values: { email, ...(form.get("resend") === "1" ? { resend: "1" } : {}) } };
  await sendMail(await signInCodeMail(email, issued.token));
  return { ok: true, message: `We sent a 6-digit code to ${email}. Enter it below; it works for 10 minutes.`, values: { email } };
});

export const signInWithCodeAction = publicAction({ schema: codeSignInSchema }, async (data, { form }): Promise<ActionState> => {
  const error = await credentialsSignIn("email-code", data, safeNextPath(form.get("next")));
  return { error, values: { email: data.email } };
});

export const requestPasswordResetAction = publicAction({ schema: emailSchema }, async ({ email }): Promise<ActionState> => {
  const issued = await issuePasswordReset(email);
  if (issued) {
    const link = new URL(`/reset-password?token=${encodeURIComponent(issued.token)}`, env().SITE_URL).toString();
    await sendMail(await passwordResetMail(issued.user.email, link));
  }
  // The same answer whether or not there is an account, so the form does not reveal who has one.
  return {
    ok: true,
    message: `If ${email} has an account, we sent it a link to set a new password. The link works for 1 hour.`,
    values: { email },
  };
});

export const resetPasswordAction = publicAction({ schema: resetPasswordSchema }, async (data): Promise<ActionState> => {
  const result = await resetPasswordWithToken(data.token, data.newPassword);
  if (!result.ok) return { error: "This reset link has expired or was already used. Ask for a new one." };
  redirect("/sign-in?reset=1");
});

const OAUTH_UNAVAILABLE = "/sign-in?error=OAuthUnavailable";

/** Starts GitHub or Google sign-in (only those switched on by their env vars). */
export const oauthSignInAction = publicAction.form(
  { schema: oauthProviderSchema, invalid: () => redirect(OAUTH_UNAVAILABLE) },
  async ({ provider }, { form }) => {
    if (!oauthChoices().some((c) => c.id === provider)) redirect(OAUTH_UNAVAILABLE);
    await signIn(provider, { redirectTo: safeNextPath(form.get("next")) });
  },
);

export const signOutAction = publicAction.form({ schema: z.object({}), invalid: () => {} }, async () => {
  await signOut({ redirectTo: "/" });
});
