import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { flashSaleClaims, flashSales, pointsLedger, promotionRedemptions, promotions } from "@/db/schema";

// Giving back what an order's price used when it is cancelled (./redeem.ts counts it when the order is placed).

/**
 * Gives back what an order's price used: its unreleased promotion uses and
 * flash-sale units (released_at set, counters lowered) and the redeemed points not
 * given back yet (a `reversed` row, +points, with `reason`). Run in the transaction
 * that cancels the order, with the order row locked; a second call changes nothing.
 */
export async function releasePricing(tx: Tx, orderId: string, reason: string): Promise<void> {
  const uses = await tx
    .update(promotionRedemptions)
    .set({ releasedAt: sql`now()` })
    .where(and(eq(promotionRedemptions.orderId, orderId), isNull(promotionRedemptions.releasedAt)))
    .returning({ promotionId: promotionRedemptions.promotionId });
  for (const promotionId of uses.map((u) => u.promotionId).sort((a, b) => a - b)) {
    await tx
      .update(promotions)
      .set({ usedCount: sql`greatest(${promotions.usedCount} - 1, 0)` })
      .where(eq(promotions.id, promotionId));
  }
  const claims = await tx
    .update(flashSaleClaims)
    .set({ releasedAt: sql`now()` })
    .where(and(eq(flashSaleClaims.orderId, orderId), isNull(flashSaleClaims.releasedAt)))
    .returning({ flashSaleId: flashSaleClaims.flashSaleId, quantity: flashSaleClaims.quantity });
  for (const claim of claims.sort((a, b) => a.flashSaleId - b.flashSaleId)) {
    await tx
      .update(flashSales)
      .set({ soldCount: sql`greatest(${flashSales.soldCount} - ${claim.quantity}, 0)` })
      .where(eq(flashSales.id, claim.flashSaleId));
  }
  await giveBackRedeemedPoints(tx, orderId, reason);
}

/**
 * Gives back the points an order redeemed that were not given back yet (by an
 * earlier release or a refund), as one `reversed` row (+points) per shopper; a
 * second call adds nothing. Refunds (lib/loyalty) may call it too, so the two
 * paths can never give the same points back twice. Run with the order row locked.
 */
export async function giveBackRedeemedPoints(tx: Tx, orderId: string, reason: string): Promise<void> {
  const owed = await tx
    .select({
      userId: pointsLedger.userId,
      points: sql<number>`(coalesce(-sum(${pointsLedger.points}) filter (where ${pointsLedger.kind} = 'redeemed'), 0)
        - coalesce(sum(${pointsLedger.points}) filter (where ${pointsLedger.kind} = 'reversed' and ${pointsLedger.points} > 0), 0))::int`,
    })
    .from(pointsLedger)
    .where(eq(pointsLedger.orderId, orderId))
    .groupBy(pointsLedger.userId);
  const rows = owed.filter((o) => o.points > 0);
  if (rows.length === 0) return;
  await tx
    .insert(pointsLedger)
    .values(rows.map((o) => ({ userId: o.userId, kind: "reversed" as const, points: o.points, orderId, reason })));
}
