import "server-only";
import { signValue, verifySignedValue } from "@/lib/signed-value";

const PURPOSE = "order-link";

/**
 * The guest's full link to an order, sent in its e-mails: opening it lets that
 * browser change the order (cancel, pay, confirm receipt, ask for a refund), as
 * the browser that placed it may. /track, by number and e-mail, only shows it.
 */
export function guestOrderLink(origin: string, order: { id: string; number: string }): string {
  return `${origin}/orders/${encodeURIComponent(order.number)}/access?k=${encodeURIComponent(signValue(PURPOSE, order.id))}`;
}

/** The order id a link's key was signed for, or null when it is forged or malformed. */
export function orderIdFromLinkKey(key: string | null): string | null {
  return verifySignedValue(PURPOSE, key);
}
