"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import type { ActionState } from "@/lib/forms/action-state";
import { parseForm } from "@/lib/forms/validation";
import { signInErrorMessage } from "../credential-errors";
import { safeNextPath } from "../next-path";
import { signIn } from "../next-auth";
import { getSessionUser, isStaff } from "../session";
import { confirmEnrolment } from "./mutations";
import { adminMfaMode } from "./policy";
import { enrolSchema, secondStepSchema } from "./schema";

export type EnrolState = ActionState & { recoveryCodes?: string[]; next?: string };

const WRONG_CODE = "That code is wrong or was already used. Enter the code your app shows now, or an unused recovery code.";

/** Signs in with the second factor (a new session marked as having passed it); the sentence to show when refused. */
async function secondFactorSignIn(code: string, redirectTo: string | false): Promise<string | null> {
  try {
    await signIn("second-factor", redirectTo === false ? { code, redirect: false } : { code, redirectTo });
    return null;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const reason = error instanceof CredentialsSignin ? error.code : undefined;
    return reason?.startsWith("throttled:") ? signInErrorMessage(reason) : WRONG_CODE;
  }
}

/** Turns two-factor sign-in on for the signed-in staff member or admin, and shows the recovery codes once. */
export async function enrolTwoFactorAction(_prev: EnrolState, form: FormData): Promise<EnrolState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended: sign in again to continue." };
  if (!isStaff(user) || adminMfaMode() === "off") return { error: "Two-factor sign-in is not available for this account." };
  const parsed = parseForm(enrolSchema, form);
  if (parsed.failure) return parsed.failure;
  const result = await confirmEnrolment(user.id, parsed.data.enrolment, parsed.data.code);
  if (!result.ok) return { error: result.error, fieldErrors: { code: result.error } };
  // The same code completes this session's second step, so the back office opens without signing in again.
  const refused = await secondFactorSignIn(parsed.data.code, false);
  return {
    ok: true,
    message: refused ? "Two-factor sign-in is on. Sign in again to use the back office." : "Two-factor sign-in is on.",
    recoveryCodes: result.recoveryCodes,
    next: safeNextPath(form.get("next"), "/admin"),
  };
}

/** The second step of sign-in: an authentication code (or a recovery code), then on to `next`. */
export async function verifySecondStepAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(secondStepSchema, form);
  if (parsed.failure) return parsed.failure;
  const error = await secondFactorSignIn(parsed.data.code, safeNextPath(form.get("next"), "/admin"));
  return { error: error ?? "Signing in did not finish. Try again.", fieldErrors: { code: error ?? "" } };
}
