import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderEvents } from "@/db/schema";
import { issueInvoice } from "@/lib/invoices/mutations";
import { earnPointsForOrder } from "@/lib/loyalty/earn";
import { applyTransition, lockOrder } from "./apply";

export { notifyOrderStatus } from "./notify";

export type MarkPaidResult = "paid" | "not-pending" | "amount-mismatch";

/**
 * Records a verified provider payment, inside the caller's (webhook) transaction:
 * only an order awaiting payment becomes paid, and only for its exact amount. A
 * payment for an order that is already cancelled is noted as owing a refund.
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
    if (order.status === "cancelled") {
      await tx.insert(orderEvents).values({
        orderId: order.id,
        actor: "payment",
        actorId,
        note: `Payment of ${paidAmount} received after the order was cancelled: a refund is due`,
      });
    }
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
  await applyTransition(tx, order, "paid", { kind: "payment", id: actorId }, { note: `Paid via ${input.provider}` });
  await tx.execute(sql`
    update products p set sales_count = p.sales_count + l.quantity
    from (select product_id, sum(quantity)::int as quantity from order_lines
          where order_id = ${order.id} and product_id is not null group by product_id) l
    where p.id = l.product_id`);
  await earnPointsForOrder(tx, order.id);
  // The invoice and its number belong to the payment: a rollback returns the number (gap-free).
  await issueInvoice(tx, order.id);
  return "paid";
}
