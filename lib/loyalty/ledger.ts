import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderEvents, orders, pointsLedger, users } from "@/db/schema";
import { orderShippingDiscount } from "@/lib/orders/queries/discounts";

export type RefundPointsResult = {
  /** earned points taken back (a negative 'reversed' row) */
  reversed: number;
  /** points the shopper had spent on the order, given back (a positive 'reversed' row) */
  returned: number;
  /** earned points that should have been taken back but were already spent */
  shortfall: number;
};

const NONE: RefundPointsResult = { reversed: 0, returned: 0, shortfall: 0 };

/** The share of `points` that `refunded` of `total` stands for, rounded down; all of it once everything is refunded. */
export function refundShare(points: number, refunded: number, total: number): number {
  if (points <= 0) return 0;
  if (total <= 0 || refunded >= total) return points;
  return Math.floor((points * Math.max(0, refunded)) / total);
}

/**
 * Points after a refund of `itemsRefunded` (minor units: the refund less its shipping) of a
 * paid order, in the refund's transaction. Points are earned and spent on items only, so the
 * share is of what the items were paid (the order's total less the shipping paid): a refund of
 * every item gives every point back even when the shop keeps the shipping, and a refund of the
 * shipping alone moves none. Counted cumulatively (`itemsRefundedBefore`: the items part of
 * earlier partial refunds), rounded down, so a series of partial refunds ends exactly where a
 * whole refund would:
 * - the points spent on the order ('redeemed') come back first: +share − already given back;
 * - the points it earned go: −(share − already reversed), but never below a zero balance
 *   (points already spent stay spent: the shortfall is noted in the row's reason, or on the
 *   order's timeline when nothing at all is left). Never throws for lack of points.
 */
export async function reversePointsForRefund(
  tx: Tx,
  orderId: string,
  itemsRefunded: number,
  { itemsRefundedBefore = 0 }: { itemsRefundedBefore?: number } = {},
): Promise<RefundPointsResult> {
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      userId: orders.userId,
      itemsPaid: sql<number>`${orders.total} - ${orders.shippingTotal} + ${orderShippingDiscount}`,
    })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order?.userId) return NONE;
  const [sums] = await tx
    .select({
      earned: sql<string>`coalesce(sum(${pointsLedger.points}) filter (where ${pointsLedger.kind} = 'earned'), 0)`,
      reversed: sql<string>`coalesce(-sum(${pointsLedger.points}) filter (where ${pointsLedger.kind} = 'reversed' and ${pointsLedger.points} < 0), 0)`,
      redeemed: sql<string>`coalesce(-sum(${pointsLedger.points}) filter (where ${pointsLedger.kind} = 'redeemed'), 0)`,
      returned: sql<string>`coalesce(sum(${pointsLedger.points}) filter (where ${pointsLedger.kind} = 'reversed' and ${pointsLedger.points} > 0), 0)`,
    })
    .from(pointsLedger)
    .where(eq(pointsLedger.orderId, order.id));
  const [earned, reversedBefore, redeemed, returnedBefore] = [sums?.earned, sums?.reversed, sums?.redeemed, sums?.returned].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const cumulative = itemsRefundedBefore + itemsRefunded;
  const toReturn = Math.max(0, refundShare(redeemed, cumulative, order.itemsPaid) - returnedBefore);
  const toReverse = Math.max(0, refundShare(earned, cumulative, order.itemsPaid) - reversedBefore);
  if (toReturn === 0 && toReverse === 0) return NONE;

  const base = { userId: order.userId, kind: "reversed" as const, orderId: order.id };
  if (toReturn > 0) {
    await tx.insert(pointsLedger).values({ ...base, points: toReturn, reason: `Points used on order ${order.number}, refunded` });
  }
  if (toReverse === 0) return { reversed: 0, returned: toReturn, shortfall: 0 };
  // The user's row lock (also taken by the ledger's trigger) keeps the balance still until commit.
  const [user] = await tx.select({ balance: users.loyaltyPoints }).from(users).where(eq(users.id, order.userId)).for("update");
  const reversed = Math.min(toReverse, user?.balance ?? 0);
  const shortfall = toReverse - reversed;
  if (reversed > 0) {
    const spent = shortfall > 0 ? ` (${shortfall} of the ${toReverse} points earned were already spent)` : "";
    await tx.insert(pointsLedger).values({ ...base, points: -reversed, reason: `Refund of order ${order.number}${spent}` });
  } else {
    await tx.insert(orderEvents).values({
      orderId: order.id,
      actor: "system",
      note: `Points not reversed: the ${toReverse} points this order earned were already spent`,
      internal: true,
    });
  }
  return { reversed, returned: toReturn, shortfall };
}
