import "server-only";
import { consumeAll, giveBack } from "@/lib/rate-limit";

export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterMinutes: number };

/**
 * Counts a sign-in attempt for this e-mail and client address before the
 * credentials are checked, and says whether it may be checked at all. Counting
 * first (one atomic step per limit) means parallel guesses cannot outrun the
 * limit; a success gives its points back (`signInSucceeded`), so only failures
 * accumulate.
 */
export async function beginSignInAttempt(email: string, ip: string): Promise<ThrottleVerdict> {
  const verdict = await consumeAll([
    ["signInAccount", email],
    ["signInAddress", ip],
  ]);
  return verdict.ok ? { blocked: false } : { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)) };
}

/** A sign-in that succeeded does not count against the account or the address. */
export async function signInSucceeded(email: string, ip: string): Promise<void> {
  await Promise.all([giveBack("signInAccount", email), giveBack("signInAddress", ip)]);
}
