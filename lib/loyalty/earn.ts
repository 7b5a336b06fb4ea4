import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderDiscounts, orders, pointsLedger, users } from "@/db/schema";
import { minorUnitsPerMajor } from "@/lib/money";
import { getLoyaltySettings } from "./settings";

/** Points for `amount` minor units of `currency` at `perUnit` points per 1.00 of it, rounded down. */
export const pointsFor = (amount: number, perUnit: number, currency: string) =>
  Math.floor((Math.max(0, amount) * perUnit) / minorUnitsPerMajor(currency));

/** `date` plus `months` calendar months (UTC). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/**
 * Credits the points a paid order earns, inside the payment's transaction:
 * floor((subtotal − item discounts) × earnPointsPerUnit / 1.00 in minor units), to the order's
 * account when its e-mail is proven and the programme is on; expiring
 * `expiryMonths` after payment when set. The unique index on (order, earned)
 * makes a second call a no-op. Returns the points credited (0 for none).
 */
export async function earnPointsForOrder(tx: Tx, orderId: string): Promise<number> {
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      userId: orders.userId,
      subtotal: orders.subtotal,
      currency: orders.currency,
      paidAt: orders.paidAt,
    })
    .from(orders)
    .innerJoin(users, and(eq(users.id, orders.userId), sql`${users.emailVerifiedAt} is not null`))
    .where(eq(orders.id, orderId));
  if (!order?.userId) return 0;
  const settings = await getLoyaltySettings(tx);
  if (!settings.enabled || settings.earnPointsPerUnit === 0) return 0;
  // Points paid for part of the items are an items discount too: what they paid earns nothing.
  const [discounts] = await tx
    .select({ items: sql<string>`coalesce(sum(${orderDiscounts.amount}), 0)` })
    .from(orderDiscounts)
    .where(and(eq(orderDiscounts.orderId, orderId), eq(orderDiscounts.target, "items")));
  const points = pointsFor(order.subtotal - Number(discounts?.items ?? 0), settings.earnPointsPerUnit, order.currency);
  if (points <= 0) return 0;
  const paidAt = order.paidAt ?? new Date();
  const inserted = await tx
    .insert(pointsLedger)
    .values({
      userId: order.userId,
      kind: "earned",
      points,
      orderId: order.id,
      reason: `Order ${order.number}`,
      expiresAt: settings.expiryMonths ? addMonths(paidAt, settings.expiryMonths) : null,
    })
    .onConflictDoNothing()
    .returning({ id: pointsLedger.id });
  return inserted.length ? points : 0;
}

/**
 * Credits `reviewPoints` for a new review with text, inside the review's transaction
 * (once per review: unique index). Expires like order points. Returns the points credited.
 */
export async function earnPointsForReview(tx: Tx, review: { userId: string; reviewId: number; body: string }): Promise<number> {
  if (review.body.trim() === "") return 0;
  const settings = await getLoyaltySettings(tx);
  if (!settings.enabled || settings.reviewPoints === 0) return 0;
  const now = new Date();
  const inserted = await tx
    .insert(pointsLedger)
    .values({
      userId: review.userId,
      kind: "earned",
      points: settings.reviewPoints,
      reviewId: review.reviewId,
      reason: "Review with text",
      expiresAt: settings.expiryMonths ? addMonths(now, settings.expiryMonths) : null,
    })
    .onConflictDoNothing()
    .returning({ id: pointsLedger.id });
  return inserted.length ? settings.reviewPoints : 0;
}
