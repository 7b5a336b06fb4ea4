const MIN_MS = 31 * 60 * 1000; // Stripe wants at least 30 minutes from creation.
const MAX_MS = 23 * 60 * 60 * 1000; // ...and at most 24 hours.

/**
 * When the Checkout Session should expire, in unix seconds: the order's payment
 * due time, moved into the window Stripe accepts. A session never outlives the
 * order by more than Stripe's 30-minute minimum.
 */
export function sessionExpiresAt(paymentDueAt: Date, now: Date): number {
  const at = Math.min(Math.max(paymentDueAt.getTime(), now.getTime() + MIN_MS), now.getTime() + MAX_MS);
  return Math.floor(at / 1000);
}
