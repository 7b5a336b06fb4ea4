import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { pointsLedger, users, type PointsEntryKind } from "@/db/schema";

export type LedgerMovement = {
  kind: PointsEntryKind;
  points: number;
  orderId: string | null;
  expiresAt: Date | null;
};

/**
 * How many of a shopper's points have lapsed unspent by `now`, from their whole
 * ledger in order (pure). Every positive row is a lot (earned rows lapse at their
 * expiresAt; other credits never do). Every negative row uses up lots, the ones
 * that lapse soonest first (the shopper's best case), except that taking back an
 * order's earned points (a negative 'reversed' row with an order) uses that order's
 * own lot first. Earlier 'expired' rows use up the lapsed lots like any spending,
 * so a second sweep finds nothing more: the rule is exact and idempotent.
 */
export function lapsedUnspent(rows: readonly LedgerMovement[], now: Date): number {
  const lots: { left: number; expiresAt: number; orderId: string | null }[] = [];
  for (const row of rows) {
    if (row.points > 0) {
      const lapses = row.kind === "earned" && row.expiresAt ? row.expiresAt.getTime() : Infinity;
      lots.push({ left: row.points, expiresAt: lapses, orderId: row.kind === "earned" ? row.orderId : null });
      continue;
    }
    let owed = -row.points;
    const order = [...lots].sort((a, b) => a.expiresAt - b.expiresAt); // stable: equal dates keep their order
    if (row.kind === "reversed" && row.orderId) {
      const own = order.findIndex((l) => l.orderId === row.orderId);
      if (own > 0) order.unshift(...order.splice(own, 1));
    }
    for (const lot of order) {
      if (owed === 0) break;
      const take = Math.min(lot.left, owed);
      lot.left -= take;
      owed -= take;
    }
  }
  return lots.filter((l) => l.expiresAt <= now.getTime()).reduce((sum, l) => sum + l.left, 0);
}

/**
 * The points-expiry job: for each shopper with earned points past their expiresAt
 * and not swept since, writes one 'expired' row for the unspent part (lapsedUnspent,
 * at most the balance), dated `now`. Each shopper in a transaction of their own, with
 * their row locked so a redemption at the same moment waits. Returns how many
 * shoppers lost points.
 */
export async function expirePoints(now: Date = new Date()): Promise<number> {
  const candidates = await db.execute<{ user_id: string }>(sql`
    select distinct e.user_id from points_ledger e
    join users u on u.id = e.user_id and u.loyalty_points > 0
    where e.kind = 'earned' and e.expires_at is not null and e.expires_at <= ${now.toISOString()}::timestamptz
      and not exists (select 1 from points_ledger x
                      where x.user_id = e.user_id and x.kind = 'expired' and x.created_at >= e.expires_at)`);
  let expired = 0;
  for (const { user_id: userId } of candidates) {
    const points = await db.transaction(async (tx) => {
      const [user] = await tx.select({ balance: users.loyaltyPoints }).from(users).where(eq(users.id, userId)).for("update");
      if (!user || user.balance <= 0) return 0;
      const rows = await tx
        .select({ kind: pointsLedger.kind, points: pointsLedger.points, orderId: pointsLedger.orderId, expiresAt: pointsLedger.expiresAt })
        .from(pointsLedger)
        .where(eq(pointsLedger.userId, userId))
        .orderBy(asc(pointsLedger.createdAt), asc(pointsLedger.id));
      const lapse = Math.min(user.balance, lapsedUnspent(rows, now));
      if (lapse <= 0) return 0;
      await tx
        .insert(pointsLedger)
        .values({ userId, kind: "expired", points: -lapse, reason: "Unspent points past their expiry date", createdAt: now });
      return lapse;
    });
    if (points > 0) expired++;
  }
  return expired;
}
