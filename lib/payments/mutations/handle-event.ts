import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { paymentEvents, payments } from "@/db/schema";
import { metrics } from "@/lib/observability/metrics";
import { markOrderPaid, notifyOrderStatus } from "@/lib/orders/mutations/payment";
import type { ProviderId, VerifiedEvent } from "../provider";

export type PaymentEventOutcome =
  /** The order moved to paid (or to awaiting_review, when the store reviews orders first). */
  | "paid"
  /** This event was handled before: nothing changed. */
  | "duplicate"
  /** An event type the shop does not act on. */
  | "ignored"
  /** No payment of ours has this reference. */
  | "unknown-payment"
  /** The payment had already succeeded: nothing changed. */
  | "already-succeeded"
  /** The payment succeeded but the order was no longer pending (cancelled, expired): needs a refund. */
  | "order-not-pending"
  /** The amount or currency paid is not what the order asks: the order stays unpaid. */
  | "amount-mismatch"
  /** The attempt failed; the order stays pending so the shopper can try again. */
  | "failed";

/**
 * Applies a verified provider event, once. In one transaction: record the event
 * id (a second delivery of it changes nothing), lock the payment, and settle it
 * and its order. The only way an order becomes paid.
 */
export async function handlePaymentEvent(provider: ProviderId, event: VerifiedEvent): Promise<PaymentEventOutcome> {
  const result = await db.transaction(async (tx) => {
    const recorded = await tx
      .insert(paymentEvents)
      .values({ provider, eventId: event.eventId, type: event.type, payload: event.payload ?? {} })
      .onConflictDoNothing()
      .returning({ eventId: paymentEvents.eventId });
    if (recorded.length === 0) return { outcome: "duplicate" as const };
    if (event.type === "ignored") return { outcome: "ignored" as const };

    const [payment] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.provider, provider), eq(payments.providerReference, event.reference)))
      .for("update");
    if (!payment) return { outcome: "unknown-payment" as const };
    if (payment.status === "succeeded" || payment.status === "refunded") return { outcome: "already-succeeded" as const };

    if (event.type === "payment.failed") {
      await tx
        .update(payments)
        .set({ status: "failed", failureMessage: event.failureMessage ?? "The payment failed." })
        .where(eq(payments.id, payment.id));
      return { outcome: "failed" as const };
    }

    const mismatch = (detail: string) =>
      tx
        .update(payments)
        .set({ status: "failed", failureMessage: `Paid ${event.amount} ${event.currency} ${detail}: needs review.` })
        .where(eq(payments.id, payment.id));
    if (event.amount !== payment.amount || event.currency !== payment.currency) {
      await mismatch(`but the payment was for ${payment.amount} ${payment.currency}`);
      return { outcome: "amount-mismatch" as const };
    }
    const order = await markOrderPaid(tx, {
      orderId: payment.orderId,
      provider,
      reference: event.reference,
      amount: event.amount,
      currency: event.currency,
    });
    if (order === "amount-mismatch") {
      await mismatch("but the order total differs");
      return { outcome: "amount-mismatch" as const };
    }
    await tx.update(payments).set({ status: "succeeded", failureMessage: null }).where(eq(payments.id, payment.id));
    if (order === "paid") {
      await notifyOrderStatus(payment.orderId, tx); // the paid e-mail, queued with the payment
      return { outcome: "paid" as const, orderId: payment.orderId };
    }
    console.warn(`[payments] ${provider} payment ${payment.id} succeeded but order ${payment.orderId} is not pending: refund it.`);
    return { outcome: "order-not-pending" as const };
  });

  if (result.outcome === "paid" && "orderId" in result) {
    metrics().ordersPaid.inc({ provider }); // committed
  }
  return result.outcome;
}
