"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { shopperAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { signIn } from "@/lib/auth/next-auth";
import { checkSignInThrottle, recordSignInAttempt } from "@/lib/auth/throttle";
import type { ActionState } from "@/lib/forms/action-state";
import { changePassword, updateName } from "./mutations";
import { passwordChangeSchema, profileSchema } from "./schema";

const PROFILE = "/account/profile";

/** `Save` on the Profile page: the shopper's name. */
export const updateProfileAction = shopperAction({ returnTo: PROFILE, schema: profileSchema }, async (data, { user }): Promise<ActionState> => {
  await updateName(user.id, data.name);
  revalidatePath("/account", "layout");
  return { ok: true, message: "Your name was saved.", values: { name: data.name } };
});

/**
 * `Change password`: checks the current one (throttled like sign-in), stores the
 * new hash and bumps the session version, which signs out every other browser;
 * this one is signed in again with the new password so it stays signed in.
 */
export const changePasswordAction = shopperAction({ returnTo: PROFILE, schema: passwordChangeSchema }, async (data, { user }): Promise<ActionState> => {
  const ip = clientIp(await headers());
  const throttle = await checkSignInThrottle(user.email, ip);
  if (throttle.blocked) {
    return { error: `Too many wrong passwords. Try again in ${throttle.retryAfterMinutes} minute${throttle.retryAfterMinutes === 1 ? "" : "s"}.` };
  }
  const result = await changePassword(user.id, data.currentPassword || undefined, data.newPassword);
  if (!result.ok) {
    if (result.wrongPassword) await recordSignInAttempt(user.email, ip, false);
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
});
