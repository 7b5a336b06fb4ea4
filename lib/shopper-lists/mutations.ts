import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { favourites, products, recentlyViewed, users } from "@/db/schema";
import { RECENT_KEPT } from "./recent-ids";

async function isOnSale(tx: DbOrTx, productId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.status, "active")))
    .limit(1);
  return !!row;
}

/**
 * Marks or unmarks a favourite; idempotent either way. Null when the product
 * is not on sale (nothing is added then; removing always works).
 */
export async function setFavourite(userId: string, productId: number, favourite: boolean): Promise<{ favourite: boolean } | null> {
  if (!favourite) {
    await db.delete(favourites).where(and(eq(favourites.userId, userId), eq(favourites.productId, productId)));
    return { favourite: false };
  }
  if (!(await isOnSale(db, productId))) return null;
  await db.insert(favourites).values({ userId, productId }).onConflictDoNothing();
  return { favourite: true };
}

/** Keeps only the newest RECENT_KEPT views of a shopper. */
async function trimHistory(tx: DbOrTx, userId: string) {
  await tx.execute(sql`
    delete from ${recentlyViewed}
     where ${recentlyViewed.userId} = ${userId}
       and ${recentlyViewed.productId} not in (
         select product_id from recently_viewed where user_id = ${userId}
          order by viewed_at desc, product_id desc limit ${RECENT_KEPT})`);
}

/**
 * Records views in the signed-in shopper's history: `productIds` newest first
 * (one id for a page view, a guest's cookie list when it is folded in at sign-in).
 * A view already recorded more recently keeps its time. Unknown ids are ignored.
 */
export async function recordViews(userId: string, productIds: number[], at = new Date()): Promise<void> {
  if (productIds.length === 0) return;
  await db.transaction(async (tx) => {
    // One writer per shopper at a time (two open tabs): the insert and the trim never deadlock.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("no key update");
    const rows = productIds.map((productId, i) => ({ userId, productId, viewedAt: new Date(at.getTime() - i) }));
    const known = await tx.select({ id: products.id }).from(products).where(inArray(products.id, productIds));
    const ids = new Set(known.map((k) => k.id));
    const values = rows.filter((r) => ids.has(r.productId));
    if (values.length === 0) return;
    await tx
      .insert(recentlyViewed)
      .values(values)
      .onConflictDoUpdate({
        target: [recentlyViewed.userId, recentlyViewed.productId],
        set: { viewedAt: sql`greatest(${recentlyViewed.viewedAt}, excluded.viewed_at)` },
      });
    await trimHistory(tx, userId);
  });
}

export async function clearRecentlyViewed(userId: string): Promise<void> {
  await db.delete(recentlyViewed).where(eq(recentlyViewed.userId, userId));
}
