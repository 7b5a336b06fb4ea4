"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { confirmEmailMail } from "@/lib/auth/emails";
import { confirmOwnEmail } from "@/lib/auth/mutations";
import { codeSignInSchema } from "@/lib/auth/schema";
import { issueSignInCode } from "@/lib/auth/tokens";
import { sendMail } from "@/lib/mail/send";
import { signIn } from "@/lib/auth/next-auth";
import { requireUser } from "@/lib/auth/session";
import type { ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/validation";
import { consume, retryIn } from "@/lib/rate-limit";
import { changePassword, updateName } from "./mutations";
import { passwordChangeSchema, profileSchema } from "./schema";

const PROFILE = "/account/profile";

/** `Save` on the Profile page: the shopper's name. */
export async function updateProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(PROFILE);
  const { data, failure } = parseForm(profileSchema, form);
  if (failure) return failure;
  await updateName(user.id, data.name);
  revalidatePath("/account", "layout");
  return { ok: true, message: "Your name was saved.", values: { name: data.name } };
}

/**
 * `Change password`: checks the current one (throttled like sign-in), stores the
 * new hash and bumps the session version, which signs out every other browser;
 * this one is signed in again with the new password so it stays signed in.
 */
export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(PROFILE);
  const { data, failure } = parseForm(passwordChangeSchema, form);
  if (failure) return failure;
  // Counted before the current password is checked, so parallel guesses cannot outrun the limit.
  const limit = await consume("passwordCheck", user.id);
  if (!limit.ok) return { error: `Too many password changes. ${retryIn(limit.retryAfterSeconds)}` };
  const result = await changePassword(user.id, data.currentPassword || undefined, data.newPassword);
  if (!result.ok) {
    return { error: result.error, fieldErrors: { [result.field]: result.error } };
  }
  try {
    await signIn("password", { email: result.email, password: data.newPassword, redirectTo: `${PROFILE}?notice=password-changed` });
  } catch (error) {
    // A successful sign-in ends in a redirect, which must propagate; only a refused one is handled here.
    if (error instanceof AuthError) {
      return { error: "Your password was changed, but signing you in again failed. Sign in with the new password." };
    }
    throw error;
  }
  return { ok: true, message: "Your password was changed." };
}

/** `Send code` on the notice of an unconfirmed account: e-mails a code to the account's own address. */
export async function sendConfirmCodeAction(_prev: ActionState, _form: FormData): Promise<ActionState> {
  const user = await requireUser("/account");
  if (user.emailVerified) return { ok: true, message: "Your e-mail address is already confirmed." };
  const issued = await issueSignInCode(user.email);
  if (!issued.ok) return { error: issued.error };
  after(async () => sendMail(await confirmEmailMail(user.email, issued.token)));
  return { ok: true, message: `We sent a 6-digit code to ${user.email}. Enter it below; it works for 10 minutes.` };
}

/** `Confirm e-mail`: the code proves the address; the password and this session stay. */
export async function confirmEmailAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser("/account");
  const { data, failure } = parseForm(codeSignInSchema, form);
  if (failure) return failure;
  if (data.email !== user.email || !(await confirmOwnEmail(user.id, data.code))) {
    return { error: "That code is wrong, expired or already used. Check the latest e-mail, or send a new code.", fieldErrors: { code: "Enter the latest code." } };
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Your e-mail address is confirmed. You can now place orders." };
}
