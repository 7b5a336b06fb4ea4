import "server-only";
import { and, asc, desc, eq, gte, isNotNull, notInArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { memberTiers, orders, pointsLedger, users, type PointsEntryKind } from "@/db/schema";
import { type MemberTier, type NextTier, nextTierForSpend, spendWindowStart, tierForSpend } from "./tiers";

export { getLoyaltySettings, type LoyaltySettings } from "./settings";

/** Every member tier, lowest minimum spend first. */
export async function listMemberTiers(conn: DbOrTx): Promise<MemberTier[]> {
  return conn
    .select({
      id: memberTiers.id,
      name: memberTiers.name,
      minSpend: memberTiers.minSpend,
      percentOff: memberTiers.percentOff,
      freeShipping: memberTiers.freeShipping,
    })
    .from(memberTiers)
    .orderBy(asc(memberTiers.minSpend));
}

/**
 * What counts for a tier: the totals of `userId`'s orders paid in the 12 months
 * before `now`, less what was refunded of them (a return of every item but not the
 * shipping leaves the order's status as it was), unless cancelled since (minor units,
 * all currencies summed: the store sells in one).
 */
export async function getShopperSpend(conn: DbOrTx, userId: string, now: Date = new Date()): Promise<number> {
  const [row] = await conn
    .select({ spend: sql<string>`coalesce(sum(${orders.total} - ${orders.refundedTotal}), 0)` })
    .from(orders)
    .where(
      and(
        eq(orders.userId, userId),
        isNotNull(orders.paidAt),
        gte(orders.paidAt, spendWindowStart(now)),
        notInArray(orders.status, ["cancelled", "refunded"]),
      ),
    );
  return Number(row?.spend ?? 0);
}

export type ShopperTier = { tier: MemberTier | null; spend12m: number; next: NextTier | null };

/** The shopper's tier by their 12-month spend, the spend, and the next tier with what is missing. */
export async function getShopperTier(conn: DbOrTx, userId: string, now: Date = new Date()): Promise<ShopperTier> {
  const [tiers, spend12m] = await Promise.all([listMemberTiers(conn), getShopperSpend(conn, userId, now)]);
  return { tier: tierForSpend(tiers, spend12m), spend12m, next: nextTierForSpend(tiers, spend12m) };
}

/** One change of a shopper's points, as the account and the back office show it. */
export type PointsEntry = {
  id: number;
  kind: PointsEntryKind;
  points: number;
  reason: string;
  orderNumber: string | null;
  reviewId: number | null;
  actorName: string | null;
  expiresAt: Date | null;
  createdAt: Date;
};

/** The latest `limit` changes of `userId`'s points, newest first. */
export async function listPointsLedger(userId: string, limit = 50, conn: DbOrTx = db): Promise<PointsEntry[]> {
  const actor = sql<string | null>`(select coalesce(nullif(a.name, ''), a.email) from users a where a.id = ${pointsLedger.actorId})`;
  return conn
    .select({
      id: pointsLedger.id,
      kind: pointsLedger.kind,
      points: pointsLedger.points,
      reason: pointsLedger.reason,
      orderNumber: orders.number,
      reviewId: pointsLedger.reviewId,
      actorName: actor,
      expiresAt: pointsLedger.expiresAt,
      createdAt: pointsLedger.createdAt,
    })
    .from(pointsLedger)
    .leftJoin(orders, eq(orders.id, pointsLedger.orderId))
    .where(eq(pointsLedger.userId, userId))
    .orderBy(desc(pointsLedger.createdAt), desc(pointsLedger.id))
    .limit(limit);
}

/** The points balance (users.loyalty_points, kept equal to the ledger's sum by its trigger); 0 for no such user. */
export async function getPointsBalance(userId: string, conn: DbOrTx = db): Promise<number> {
  const [row] = await conn.select({ points: users.loyaltyPoints }).from(users).where(eq(users.id, userId));
  return row?.points ?? 0;
}

/** For /account/points and the customer page: balance, tier, next tier and the latest history. */
export async function getPointsOverview(userId: string, now: Date = new Date()) {
  const [balance, tier, ledger, tiers] = await Promise.all([
    getPointsBalance(userId),
    getShopperTier(db, userId, now),
    listPointsLedger(userId, 50),
    listMemberTiers(db),
  ]);
  return { balance, ...tier, ledger, tiers };
}
export type PointsOverview = Awaited<ReturnType<typeof getPointsOverview>>;
