import type Stripe from "stripe";
import type { VerifiedEvent } from "../provider";

const FAILURES: Record<string, string> = {
  "checkout.session.async_payment_failed": "The payment did not go through.",
  "checkout.session.expired": "The payment session expired before it was paid.",
};

/** Maps a verified Stripe event to what the shop acts on; everything else is ignored. */
export function fromStripeEvent(event: Stripe.Event): VerifiedEvent {
  const base = { eventId: event.id, payload: event };
  if (!event.type.startsWith("checkout.session.")) return { ...base, type: "ignored", reference: "", amount: 0, currency: "" };
  const session = event.data.object as Stripe.Checkout.Session;
  const common = {
    ...base,
    reference: session.id,
    amount: session.amount_total ?? 0,
    currency: (session.currency ?? "").toUpperCase(),
  };
  const succeeded =
    (event.type === "checkout.session.completed" || event.type === "checkout.session.async_payment_succeeded") &&
    session.payment_status === "paid";
  if (succeeded) return { ...common, type: "payment.succeeded" };
  const failure = FAILURES[event.type];
  if (failure) return { ...common, type: "payment.failed", failureMessage: failure };
  // e.g. completed with payment_status "unpaid": an async method still settling.
  return { ...common, type: "ignored" };
}
