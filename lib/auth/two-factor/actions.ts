"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { publicAction, shopperAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { AUTH_REFUSALS } from "@/lib/auth/messages";
import { signInErrorMessage } from "../credential-errors";
import { safeNextPath } from "../next-path";
import { signIn } from "../next-auth";
import { isStaff } from "../session";
import { confirmEnrolment } from "./mutations";
import { adminMfaMode } from "./policy";
import { enrolSchema, secondStepSchema } from "./schema";
import { localized } from "@/lib/i18n/server";

export type EnrolState = ActionState & { recoveryCodes?: string[]; next?: string };

const WRONG_CODE = "That code is wrong or was already used. Enter the code your app shows now, or an unused recovery code.";

/** Signs in with the second factor (a new session marked as having passed it); the sentence to show when refused. */
async function secondFactorSignIn(code: string, redirectTo: string | false): Promise<string | null> {
  try {
    await signIn("second-factor", redirectTo === false ? { code, redirect: false } : { code, redirectTo: await localized(redirectTo) });
    return null;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const reason = error instanceof CredentialsSignin ? error.code : undefined;
    return reason?.startsWith("throttled:") ? signInErrorMessage(reason) : WRONG_CODE;
  }
}

/**
 * Turns two-factor sign-in on for the signed-in staff member or admin, and shows the recovery codes once.
 * Built as a signed-in (shopper) action, not a staff one: a session that must still enrol is refused
 * by every staff action, and enrolling is how it gets out of that state.
 */
export const enrolTwoFactorAction = withKnownMessages(
  shopperAction(
    { signedOut: { error: "Your session has ended: sign in again to continue." }, schema: enrolSchema },
    async (data, { user, form }): Promise<EnrolState> => {
      if (!isStaff(user) || adminMfaMode() === "off") return { error: "Two-factor sign-in is not available for this account." };
      const result = await confirmEnrolment(user.id, data.enrolment, data.code);
      if (!result.ok) return { error: result.error, fieldErrors: { code: result.error } };
      // The same code completes this session's second step, so the back office opens without signing in again.
      const refused = await secondFactorSignIn(data.code, false);
      return {
        ok: true,
        message: refused ? "Two-factor sign-in is on. Sign in again to use the back office." : "Two-factor sign-in is on.",
        recoveryCodes: result.recoveryCodes,
        next: safeNextPath(form.get("next"), "/admin"),
      };
    },
  ),
  AUTH_REFUSALS,
);

/** The second step of sign-in: an authentication code (or a recovery code), then on to `next` (next-auth's provider checks the session owes it). */
export const verifySecondStepAction = withKnownMessages(
  publicAction({ schema: secondStepSchema }, async (data, { form }): Promise<ActionState> => {
    const error = await secondFactorSignIn(data.code, safeNextPath(form.get("next"), "/admin"));
    return { error: error ?? "Signing in did not finish. Try again.", fieldErrors: { code: error ?? "" } };
  }),
  AUTH_REFUSALS,
);
