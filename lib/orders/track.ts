import "server-only";
import { consumeAll, giveBack, retryIn } from "@/lib/rate-limit";
import { findOrderIdForTracking } from "./queries";

export const NO_MATCH = "No order matches that number and e-mail. Check both in your order confirmation e-mail.";

export type TrackResult = { ok: true; orderId: string } | { ok: false; error: string };

/**
 * Looks an order up by number and e-mail for a guest. Every look-up is counted
 * before it is made, per order number, per e-mail and per client address (a
 * match gives its points back), so neither order numbers nor e-mails can be
 * enumerated; the answer never says which of the two was wrong.
 */
export async function trackOrder(number: string, email: string, ip: string): Promise<TrackResult> {
  const keys = [
    ["trackNumber", number],
    ["trackEmail", email],
    ["trackAddress", ip],
  ] as const;
  const verdict = await consumeAll(keys);
  if (!verdict.ok) return { ok: false, error: `Too many attempts. ${retryIn(verdict.retryAfterSeconds)}` };
  const orderId = await findOrderIdForTracking(number, email);
  if (!orderId) return { ok: false, error: NO_MATCH };
  await Promise.all(keys.map(([name, key]) => giveBack(name, key)));
  return { ok: true, orderId };
}
