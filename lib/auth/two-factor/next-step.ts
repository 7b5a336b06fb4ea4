import "server-only";
import { getUserByEmail } from "../users";
import { missingFactor } from "./policy";

/**
 * Where a successful first step (password, e-mail code) of `email` goes: to the
 * second step or to enrolment when the back office would ask for it, else `next`.
 * Only used as the redirect after a correct sign-in, so it reveals nothing to others.
 */
export async function afterFirstFactor(email: string, next: string): Promise<string> {
  const user = await getUserByEmail(email);
  const missing = user ? missingFactor(user, false) : null;
  if (missing === "verify") return `/sign-in/verify?next=${encodeURIComponent(next)}`;
  if (missing === "enrol") return `/two-factor?next=${encodeURIComponent(next)}`;
  return next;
}
