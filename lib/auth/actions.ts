"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { signInErrorMessage } from "./credential-errors";
import { endAllSessions } from "./end-sessions";
import { passwordResetMail, signInCodeMail, welcomeMail } from "./emails";
import { createUserWithPassword, resetPasswordWithToken } from "./mutations";
import { safeNextPath } from "./next-path";
import { signIn, signOut } from "./next-auth";
import { getSessionUser } from "./session";
import { oauthChoices } from "./oauth-providers";
import { codeSignInSchema, emailSchema, oauthProviderSchema, resetPasswordSchema, signInSchema, signUpSchema } from "./schema";
import { issuePasswordReset, issueSignInCode } from "./tokens";
import { afterFirstFactor } from "./two-factor/next-step";

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

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(signInSchema, form);
  if (parsed.failure) return parsed.failure;
  const error = await credentialsSignIn("password", parsed.data, await afterFirstFactor(parsed.data.email, safeNextPath(form.get("next"))));
  return { error, values: formValues(form) };
}

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const parsed = parseForm(signUpSchema, form);
  if (parsed.failure) return parsed.failure;
  const created = await createUserWithPassword(parsed.data);
  if (!created.ok) {
    return {
      error: "An account with this e-mail already exists.",
      fieldErrors: { email: "This e-mail already has an account: sign in instead." },
      emailTaken: true,
      values: formValues(form),
    };
  }
  await sendMail(await welcomeMail(created.user.email, created.user.name));
  const { email, password } = parsed.data;
  const error = await credentialsSignIn("password", { email, password }, safeNextPath(form.get("next")));
  return { error: `Your account was created, but signing in failed: ${error}`, values: formValues(form) };
}

export async function requestCodeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(emailSchema, form);
  if (parsed.failure) return parsed.failure;
  const { email } = parsed.data;
  const issued = await issueSignInCode(email);
  // A refused "Send a new code" keeps the form on the code step.
  if (!issued.ok) return { error: issued.error, values: { email, ...(form.get("resend") === "1" ? { resend: "1" } : {}) } };
  await sendMail(await signInCodeMail(email, issued.token));
  return { ok: true, message: `We sent a 6-digit code to ${email}. Enter it below; it works for 10 minutes.`, values: { email } };
}

export async function signInWithCodeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(codeSignInSchema, form);
  if (parsed.failure) return parsed.failure;
  const error = await credentialsSignIn("email-code", parsed.data, await afterFirstFactor(parsed.data.email, safeNextPath(form.get("next"))));
  return { error, values: { email: parsed.data.email } };
}

export async function requestPasswordResetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(emailSchema, form);
  if (parsed.failure) return parsed.failure;
  const { email } = parsed.data;
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
}

export async function resetPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(resetPasswordSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await resetPasswordWithToken(parsed.data.token, parsed.data.newPassword);
  if (!result.ok) return { error: "This reset link has expired or was already used. Ask for a new one." };
  redirect("/sign-in?reset=1");
}

/** Starts GitHub or Google sign-in (only those switched on by their env vars). */
export async function oauthSignInAction(form: FormData): Promise<void> {
  const parsed = oauthProviderSchema.safeParse({ provider: form.get("provider") });
  const next = safeNextPath(form.get("next"));
  if (!parsed.success || !oauthChoices().some((c) => c.id === parsed.data.provider)) redirect("/sign-in?error=OAuthUnavailable");
  await signIn(parsed.data.provider, { redirectTo: next });
}

/** Signs out here and ends the account's sessions everywhere (a copied cookie stops working too). */
export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: "/" });
}
