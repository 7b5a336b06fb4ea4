import "server-only";
import { checkSignInThrottle, recordSignInAttempt } from "@/lib/auth/throttle";
import { findOrderIdForTracking } from "./queries";

export const NO_MATCH = "No order matches that number and e-mail. Check both in your order confirmation e-mail.";

export type TrackResult = { ok: true; orderId: string } | { ok: false; error: string };

/**
 * Looks an order up by number and e-mail for a guest. Failures are counted like
 * failed sign-ins (per order number and per client address), so order numbers
 * cannot be enumerated; the answer never says which of the two was wrong.
 */
export async function trackOrder(number: string, email: string, ip: string): Promise<TrackResult> {
  const key = `track:${number}`;
  const throttle = await checkSignInThrottle(key, ip);
  if (throttle.blocked) {
    return { ok: false, error: `Too many attempts. Try again in ${throttle.retryAfterMinutes} minute${throttle.retryAfterMinutes === 1 ? "" : "s"}.` };
  }
  const orderId = await findOrderIdForTracking(number, email);
  await recordSignInAttempt(key, ip, orderId !== null);
  return orderId ? { ok: true, orderId } : { ok: false, error: NO_MATCH };
}
