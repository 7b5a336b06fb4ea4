import type { PaymentMethod } from "./methods";

/** The payment providers the shop knows. */
export const PROVIDER_IDS = ["test", "stripe"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** The payment attempt a provider session is opened for (amount in minor units). */
export type SessionPayment = { id: string; amount: number; currency: string };
/** The order it pays, as far as a provider needs to know it. */
export type SessionOrder = { id: string; number: string; email: string; paymentDueAt: Date };

/**
 * Part or all of a succeeded payment to give back: `amount` (minor units) is what
 * this refund returns; `reference` as in `createSession`; `idempotencyKey` names the
 * refund (one per refund row), so a retry of the same refund is never paid twice.
 */
export type RefundPayment = { id: string; reference: string; amount: number; currency: string; idempotencyKey: string };

/** A refund the provider could not make; `message` is for the merchant. */
export class RefundFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefundFailed";
  }
}

/** What a provider told us, once its signature and timestamp were checked. */
export type VerifiedEvent = {
  eventId: string;
  type: "payment.succeeded" | "payment.failed" | "ignored";
  /** The provider's reference of the payment (test gateway reference, Stripe Checkout Session id). */
  reference: string;
  amount: number;
  currency: string;
  failureMessage?: string;
  /** The event as received, kept in payment_events. */
  payload: unknown;
};

/** A webhook delivery that must not be acted on; `status` is the HTTP answer. */
export class WebhookRejected extends Error {
  constructor(
    readonly reason: string,
    readonly status: 400 | 401 = 400,
  ) {
    super(reason);
    this.name = "WebhookRejected";
  }
}

export interface PaymentProvider {
  id: ProviderId;
  /**
   * Opens a payment session for one of this provider's methods (lib/payments/methods.ts): the shopper is sent
   * to `redirectUrl`, that method's hosted page; later events carry `reference`.
   */
  createSession(payment: SessionPayment, order: SessionOrder, method: PaymentMethod): Promise<{ reference: string; redirectUrl: string }>;
  /** Checks a webhook delivery; throws WebhookRejected when it is forged, malformed or stale. */
  verifyWebhook(rawBody: string, headers: Headers, now: Date): VerifiedEvent;
  /**
   * Gives `amount` of a succeeded payment back. Safe to call twice with one
   * idempotency key (the provider makes it once); throws RefundFailed with a reason a merchant can act on.
   */
  refund(payment: RefundPayment): Promise<{ refundReference: string }>;
}
