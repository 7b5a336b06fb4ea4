import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { flashSaleClaims, flashSales, orders, pointsLedger, products, promotionRedemptions, promotions, variants } from "@/db/schema";
import { isCheckViolation } from "@/lib/db-errors";
import type { PricingResult } from "@/lib/pricing/types";

/**
 * Counting what an order's price used — promotion uses, flash-sale units, points —
 * inside the order's own transaction, so a limit can never be passed by concurrent
 * orders (see issue 11 and ../shared/promotions-notes.md for the races this avoids):
 *
 * - a promotion's use is a conditional UPDATE of `used_count` (0 rows: refused);
 *   that UPDATE locks the promotion's row until commit, so the shopper's earlier
 *   uses counted after it include every committed concurrent order;
 * - a flash sale's units are a conditional UPDATE of `sold_count` within the cap
 *   and the window, then the shopper's units are counted the same way;
 * - points are a negative ledger row: the ledger's trigger lowers
 *   users.loyalty_points, whose CHECK refuses an overdraw (and locks the user row).
 *
 * Rows are locked in one order (promotions by id, then flash sales by id, then the
 * user) to rule out deadlocks between orders; stock is reserved before this.
 *
 * What comes back when (./release.ts):
 * - any cancellation (shopper, staff, the expiry job) calls releasePricing in the
 *   cancelling transaction: uses, units and redeemed points are given back;
 * - a refund does NOT give a coupon or promotion use back (the order happened and
 *   used it); redeemed points come back on refund through lib/loyalty. Both give
 *   redeemed points back as `reversed` rows with positive points, and
 *   giveBackRedeemedPoints only returns what was not returned yet, so they never double up.
 */

/** A reason the order cannot be placed as priced, said so the shopper can act on it; thrown to roll the order back. */
export class PricingRefusal extends Error {}

export type ClaimInput = { orderId: string; userId: string | null; email: string; result: PricingResult };

/** The shopper's own rows: by account when signed in, and always by (lower-cased) e-mail, so a guest is counted too. */
function sameCustomer(userIdColumn: PgColumn, emailColumn: PgColumn, userId: string | null, email: string) {
  return userId ? sql`(${userIdColumn} = ${userId} or ${emailColumn} = ${email})` : sql`${emailColumn} = ${email}`;
}

/** Counts every promotion use, flash-sale unit and redeemed point of a freshly inserted order, or throws a PricingRefusal. */
export async function claimPricing(tx: Tx, { orderId, userId, email, result }: ClaimInput): Promise<void> {
  const customerEmail = email.trim().toLowerCase();
  const uses = promotionUses(result);
  if (uses.length > 0) await lockCustomer(tx, userId, customerEmail);
  for (const [promotionId, amount] of uses) {
    await claimPromotion(tx, { orderId, userId, email: customerEmail, promotionId, amount });
  }
  for (const claim of [...result.flashClaims].sort((a, b) => a.flashSaleId - b.flashSaleId)) {
    if (claim.units > 0)
      await claimFlashSale(tx, { orderId, userId, email: customerEmail, flashSaleId: claim.flashSaleId, units: claim.units });
  }
  if (result.points.used > 0) await redeemPoints(tx, { orderId, userId, points: result.points.used });
}

/**
 * One order with promotions at a time per customer (by e-mail, and by account when signed in), until commit:
 * a first-order-only promotion checks that the customer has no other order, which a concurrent order placed
 * with another first-order promotion (whose row lock it does not share) would not show yet. Taken before any
 * promotion row, in the keys' order, so every checkout takes these locks in the same order.
 */
async function lockCustomer(tx: Tx, userId: string | null, email: string): Promise<void> {
  const keys = [`mercato.customer-email:${email}`, ...(userId ? [`mercato.customer-user:${userId}`] : [])].sort();
  await tx.execute(
    sql`select ${sql.join(
      keys.map((k) => sql`pg_advisory_xact_lock(hashtext(${k}))`),
      sql`, `,
    )}`,
  );
}

/** promotion id → the discount it gave, in id order; an applied coupon that gave nothing now (free shipping on free shipping) is still a use. */
function promotionUses(result: PricingResult): [number, number][] {
  const uses = new Map<number, number>();
  for (const d of result.discounts) {
    if (d.promotionId !== null) uses.set(d.promotionId, (uses.get(d.promotionId) ?? 0) + d.amount);
  }
  if (result.couponApplied !== null && !uses.has(result.couponApplied)) uses.set(result.couponApplied, 0);
  return [...uses].sort((a, b) => a[0] - b[0]);
}

async function claimPromotion(
  tx: Tx,
  c: { orderId: string; userId: string | null; email: string; promotionId: number; amount: number },
): Promise<void> {
  const [row] = await tx
    .update(promotions)
    .set({ usedCount: sql`${promotions.usedCount} + 1` })
    .where(
      and(
        eq(promotions.id, c.promotionId),
        isNull(promotions.endedAt),
        isNull(promotions.pausedAt),
        sql`(${promotions.startsAt} is null or ${promotions.startsAt} <= now())`,
        sql`(${promotions.endsAt} is null or ${promotions.endsAt} > now())`,
        sql`(${promotions.usageLimit} is null or ${promotions.usedCount} < ${promotions.usageLimit})`,
      ),
    )
    .returning({
      name: promotions.name,
      code: promotions.code,
      perCustomerLimit: promotions.perCustomerLimit,
      firstOrderOnly: promotions.firstOrderOnly,
    });
  if (!row) throw new PricingRefusal(await promotionGoneMessage(tx, c.promotionId));
  // Two tabs each placing a "first" order with it: the row lock makes the second see the first.
  if (row.firstOrderOnly && (await hasOtherOrder(tx, c))) {
    throw new PricingRefusal(
      row.code
        ? `The coupon ${row.code.toUpperCase()} is for a first order only.`
        : `The offer “${row.name}” is for a first order only: your cart shows the price without it now.`,
    );
  }
  if (row.perCustomerLimit !== null) {
    // Read after the UPDATE: the promotion's row lock makes every concurrent use of it committed (or not yet begun).
    const [held] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(promotionRedemptions)
      .where(
        and(
          eq(promotionRedemptions.promotionId, c.promotionId),
          isNull(promotionRedemptions.releasedAt),
          sameCustomer(promotionRedemptions.userId, promotionRedemptions.email, c.userId, c.email),
        ),
      );
    if ((held?.n ?? 0) >= row.perCustomerLimit) {
      throw new PricingRefusal(
        row.code
          ? `You have already used the coupon ${row.code.toUpperCase()}.`
          : `You have already used the offer “${row.name}” as often as it allows: your cart shows the price without it now.`,
      );
    }
  }
  await tx.insert(promotionRedemptions).values({
    promotionId: c.promotionId,
    orderId: c.orderId,
    userId: c.userId,
    email: c.email,
    amount: c.amount,
  });
}

/** Another order of this shopper (by account or e-mail) that is not cancelled, as the pricing context counts a first order. */
async function hasOtherOrder(tx: Tx, c: { orderId: string; userId: string | null; email: string }): Promise<boolean> {
  const [other] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(ne(orders.id, c.orderId), ne(orders.status, "cancelled"), sameCustomer(orders.userId, orders.email, c.userId, c.email)))
    .limit(1);
  return other !== undefined;
}

/** Why the conditional UPDATE found nothing: used up, or stopped or out of its window since the cart was priced. */
async function promotionGoneMessage(tx: Tx, promotionId: number): Promise<string> {
  const [p] = await tx.select().from(promotions).where(eq(promotions.id, promotionId)).limit(1);
  if (!p) return "An offer in your cart no longer exists: your cart shows the price without it now.";
  const usedUp = p.usageLimit !== null && p.usedCount >= p.usageLimit;
  if (p.code) {
    const code = p.code.toUpperCase();
    return usedUp ? `The coupon ${code} has just been used up.` : `The coupon ${code} is no longer active.`;
  }
  return usedUp
    ? `The offer “${p.name}” has just run out: your cart shows the price without it now.`
    : `The offer “${p.name}” has just ended: your cart shows the price without it now.`;
}

async function claimFlashSale(
  tx: Tx,
  c: { orderId: string; userId: string | null; email: string; flashSaleId: number; units: number },
): Promise<void> {
  const [sale] = await tx
    .update(flashSales)
    .set({ soldCount: sql`${flashSales.soldCount} + ${c.units}` })
    .where(
      and(
        eq(flashSales.id, c.flashSaleId),
        sql`${flashSales.soldCount} + ${c.units} <= ${flashSales.quantityCap}`,
        isNull(flashSales.pausedAt),
        sql`now() >= ${flashSales.startsAt} and now() < ${flashSales.endsAt}`,
      ),
    )
    .returning({ variantId: flashSales.variantId, perCustomerLimit: flashSales.perCustomerLimit });
  if (!sale) throw new PricingRefusal(await flashGoneMessage(tx, c.flashSaleId));
  const [held] = await tx
    .select({ n: sql<number>`coalesce(sum(${flashSaleClaims.quantity}), 0)::int` })
    .from(flashSaleClaims)
    .where(
      and(
        eq(flashSaleClaims.flashSaleId, c.flashSaleId),
        isNull(flashSaleClaims.releasedAt),
        sameCustomer(flashSaleClaims.userId, flashSaleClaims.email, c.userId, c.email),
      ),
    );
  if ((held?.n ?? 0) + c.units > sale.perCustomerLimit) {
    throw new PricingRefusal(`You have already bought the most of ${await variantName(tx, sale.variantId)} allowed in this flash sale.`);
  }
  await tx.insert(flashSaleClaims).values({
    flashSaleId: c.flashSaleId,
    orderId: c.orderId,
    userId: c.userId,
    email: c.email,
    quantity: c.units,
  });
}

async function flashGoneMessage(tx: Tx, flashSaleId: number): Promise<string> {
  const [s] = await tx
    .select({
      variantId: flashSales.variantId,
      left: sql<number>`(${flashSales.quantityCap} - ${flashSales.soldCount})::int`,
      running: sql<boolean>`${flashSales.pausedAt} is null and now() >= ${flashSales.startsAt} and now() < ${flashSales.endsAt}`,
    })
    .from(flashSales)
    .where(eq(flashSales.id, flashSaleId))
    .limit(1);
  if (!s) return "A flash sale in your cart has ended: your cart shows the regular price now.";
  const name = await variantName(tx, s.variantId);
  if (!s.running) return `The flash sale for ${name} has ended: your cart shows the regular price now.`;
  if (s.left > 0) return `Only ${s.left} left in the flash sale for ${name}: your cart shows the new price now.`;
  return `The flash sale for ${name} just sold out: your cart shows the regular price now.`;
}

async function variantName(tx: Tx, variantId: number): Promise<string> {
  const [v] = await tx
    .select({ title: products.title })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(variants.id, variantId))
    .limit(1);
  return v?.title ?? "this item";
}

async function redeemPoints(tx: Tx, c: { orderId: string; userId: string | null; points: number }): Promise<void> {
  if (!c.userId) throw new PricingRefusal("Sign in to pay with points.");
  try {
    // A savepoint, so the CHECK's error is ours to turn into a refusal (the caller rolls back either way).
    await tx.transaction((sp) =>
      sp
        .insert(pointsLedger)
        .values({ userId: c.userId!, kind: "redeemed", points: -c.points, orderId: c.orderId, reason: "Paid part of an order" }),
    );
  } catch (error) {
    if (isCheckViolation(error, "users_loyalty_nonnegative")) throw new PricingRefusal("Your points balance changed: review your order.");
    throw error;
  }
}
