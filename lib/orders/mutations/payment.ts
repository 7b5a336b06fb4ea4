import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderEvents, storeSettings } from "@/db/schema";
import { raiseAlert } from "@/lib/alerts/raise";
import { earnPointsForOrder } from "@/lib/loyalty/earn";
import { formatMoney } from "@/lib/money";
import { statusAfterPayment } from "../transitions";
import { queuePaymentBooking } from "./after-payment";
import { applyTransition, lockOrder } from "./apply";

export { notifyOrderStatus } from "./notify";

export type MarkPaidResult = "paid" | "not-pending" | "amount-mismatch";

/**
 * Records a verified provider payment, inside the caller's (webhook) transaction:
 * only an order awaiting payment becomes paid, and only for its exact amount. A
 * payment for an order no longer awaiting one (cancelled, or paid already by another
 * payment: two provider sessions both paid) is noted on the order as owing a refund,
 * and staff are alerted: the refund engine refunds up to the order's total only, so
 * that money goes back from the provider's side.
 * With "review orders before fulfilment" on (read now, for this order), the paid
 * order waits in awaiting_review for staff to approve it. Staff are alerted; the
 * invoice and the sales counts are queued (after-payment.ts).
 */
export async function markOrderPaid(
  tx: Tx,
  input: { orderId: string; provider: string; reference: string; amount: number; currency: string },
): Promise<MarkPaidResult> {
  const order = await lockOrder(tx, input.orderId);
  if (!order) return "not-pending";
  const actorId = `${input.provider}:${input.reference}`;
  const paidAmount = `${input.amount} ${input.currency.toUpperCase()}`;
  if (order.status !== "pending_payment") {
    const when = order.status === "cancelled" ? "after the order was cancelled" : "for an order already paid (a second payment)";
    await tx.insert(orderEvents).values({
      orderId: order.id,
      actor: "payment",
      actorId,
      note: `Payment of ${paidAmount} received ${when}: a refund is due`,
    });
    await raiseAlert(tx, {
      kind: "payment_failed",
      title: `Order ${order.number}: a payment to refund`,
      body: `${formatMoney({ amount: input.amount, currency: input.currency.toUpperCase() })} via ${input.provider} (${input.reference}) arrived ${when}. Refund it from the provider's dashboard.`,
      href: `/admin/orders/${order.number}`,
    });
    return "not-pending";
  }
  if (order.total !== input.amount || order.currency !== input.currency.toUpperCase()) {
    await tx.insert(orderEvents).values({
      orderId: order.id,
      actor: "payment",
      actorId,
      note: `Payment of ${paidAmount} does not match the order total ${order.total} ${order.currency}: not accepted`,
    });
    return "amount-mismatch";
  }
  const [settings] = await tx
    .select({ review: storeSettings.reviewOrdersBeforeFulfilment })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1));
  const to = statusAfterPayment(settings?.review ?? false);
  const note = `Paid via ${input.provider}${to === "awaiting_review" ? ": waiting for review before fulfilment" : ""}`;
  await applyTransition(tx, order, to, { kind: "payment", id: actorId }, { note });
  const amount = formatMoney({ amount: order.total, currency: order.currency });
  await raiseAlert(tx, {
    kind: "order_paid",
    title: to === "awaiting_review" ? `Order ${order.number} paid: review it` : `New paid order ${order.number}`,
    body: `${amount} from ${order.email}${to === "awaiting_review" ? ". Approve it before it can ship." : ""}`,
    href: `/admin/orders/${order.number}`,
  });
  if (order.userId) await earnPointsForOrder(tx, order.id); // a guest's order earns nothing: no query for it
  // The invoice and the sales counts follow in a job (after-payment.ts): no shared row stays locked until this commits.
  await queuePaymentBooking(tx);
  return "paid";
}
