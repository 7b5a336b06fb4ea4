import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderEvents, orders, type OrderActor, type OrderRow, type OrderStatus } from "@/db/schema";
import { setStockContext } from "@/lib/inventory/stock-context";
import { releasePricing } from "@/lib/promotions/release";
import { releasesStock } from "../transitions";

/** A refusal a hook throws to roll the transition back; its message is shown as it is. */
export class TransitionRefused extends Error {}

export type Actor = { kind: OrderActor; id: string | null };

export type TransitionData = { carrier?: string; trackingNumber?: string; reason?: string; note?: string };

/** Locks the order row for the rest of the transaction; null when there is no such order. */
export async function lockOrder(tx: Tx, orderId: string): Promise<OrderRow | null> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  return row ?? null;
}

/**
 * Moves a locked order to `to` (the caller checked the rule), records the event,
 * and puts reserved stock back when the order ends unshipped; a cancellation gives
 * back its promotion uses, flash-sale units and redeemed points. The status guard in
 * the UPDATE makes a second, concurrent attempt change nothing.
 */
export async function applyTransition(tx: Tx, order: OrderRow, to: OrderStatus, actor: Actor, data: TransitionData = {}): Promise<boolean> {
  const now = new Date();
  const at = (status: OrderStatus) => (to === status ? now : undefined);
  // Paid when the payment arrives (straight to paid, or to awaiting_review); approving a reviewed order records the review.
  const payment = order.status === "pending_payment" && (to === "paid" || to === "awaiting_review");
  const reviewed = order.status === "awaiting_review" && to === "paid";
  const updated = await tx
    .update(orders)
    .set({
      status: to,
      paidAt: payment ? now : undefined,
      // The invoice and the sales counts: booked by the job the payment queues (after-payment.ts).
      bookingDue: payment ? true : undefined,
      reviewedAt: reviewed ? now : undefined,
      shippedAt: at("shipped"),
      deliveredAt: at("delivered"),
      completedAt: at("completed"),
      cancelledAt: at("cancelled"),
      carrier: to === "shipped" ? data.carrier : undefined,
      trackingNumber: to === "shipped" ? data.trackingNumber : undefined,
      refundReason: to === "refund_requested" ? data.reason : undefined,
    })
    .where(sql`${orders.id} = ${order.id} and ${orders.status} = ${order.status}`)
    .returning({ id: orders.id });
  if (updated.length === 0) return false;
  await tx.insert(orderEvents).values({
    orderId: order.id,
    fromStatus: order.status,
    toStatus: to,
    actor: actor.kind,
    actorId: actor.id,
    note: data.note ?? (to === "refund_requested" ? (data.reason ?? "") : to === "shipped" ? `${data.carrier} ${data.trackingNumber}` : ""),
  });
  // An order that ends unshipped gives its waiting pre-order units back to the limit (nothing to restock: no stock was taken).
  if (to === "cancelled" || to === "refunded") await releasePreorders(tx, order.id);
  if (releasesStock(order.status, to)) {
    await setStockContext(tx, {
      reason: to === "refunded" ? "refund" : "cancel",
      orderId: order.id,
      actorId: actor.kind === "staff" || actor.kind === "shopper" ? actor.id : null,
    });
    await releaseStock(tx, order.id);
  }
  if (to === "cancelled") await releasePricing(tx, order.id, `Order ${order.number} cancelled`);
  return true;
}

/**
 * Adds an order's quantities back to the variants that still exist (the caller set the stock context): lines taken
 * from stock and pre-order lines that stock filled, less the units a received return already put back; a pre-order
 * line still waiting took no stock and gives none back.
 */
export async function releaseStock(tx: Tx, orderId: string): Promise<void> {
  await lockOrderVariants(tx, orderId);
  await tx.execute(sql`
    update variants v set stock = v.stock + l.quantity
    from (select ol.variant_id, sum(ol.quantity - coalesce((select sum(rl.restocked_quantity) from return_lines rl
            where rl.order_line_id = ol.id), 0))::int as quantity
          from order_lines ol
          where ol.order_id = ${orderId} and ol.variant_id is not null
            and (ol.preorder_ships_on is null or ol.preorder_filled_at is not null)
          group by ol.variant_id) l
    where v.id = l.variant_id and l.quantity > 0`);
}

/**
 * Takes the order's waiting pre-order lines out of their variants' backlog (the order ended: the order row is
 * already cancelled or refunded, so the fill trigger skips those lines from now on). The variants are locked
 * first: a stock arrival filling one of these lines either committed before (the line reads filled and is
 * restocked instead) or waits for this transaction and then sees the order ended.
 */
export async function releasePreorders(tx: Tx, orderId: string): Promise<void> {
  await lockOrderVariants(tx, orderId);
  await tx.execute(sql`
    update variants v set preorder_backlog = v.preorder_backlog - l.quantity
    from (select variant_id, sum(quantity)::int as quantity from order_lines
          where order_id = ${orderId} and variant_id is not null
            and preorder_ships_on is not null and preorder_filled_at is null
          group by variant_id) l
    where v.id = l.variant_id`);
}

/** Locks the variants of an order's lines, in id order (as checkout does), before their lines are read. */
async function lockOrderVariants(tx: Tx, orderId: string): Promise<void> {
  await tx.execute(sql`
    select v.id from variants v
    where v.id in (select variant_id from order_lines where order_id = ${orderId})
    order by v.id for update`);
}
