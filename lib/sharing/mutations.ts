import "server-only";
import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { cartItems, favourites, products, sharedCarts, sharedFavourites } from "@/db/schema";
import { addItem, CartError } from "@/lib/cart/mutations";
import { isCartId } from "@/lib/cart/queries";
import { isShareToken, MAX_SHARED_LINES, SHARE_DAYS, snapshotItems } from "./rules";
import { newShareToken } from "./token";

const expiry = sql`now() + make_interval(days => ${SHARE_DAYS})`;

/** Snapshots the cart's items behind a new link's token; null for an empty or unknown cart. */
export async function createSharedCart(cartId: string | null): Promise<string | null> {
  if (!isCartId(cartId)) return null;
  const lines = await db
    .select({ variantId: cartItems.variantId, quantity: cartItems.quantity })
    .from(cartItems)
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));
  const items = snapshotItems(lines);
  if (items.length === 0) return null;
  const token = newShareToken();
  await db.insert(sharedCarts).values({ token, items, expiresAt: expiry });
  return token;
}

/** Snapshots the shopper's favourites (on sale, newest first) behind a new read-only link; null when there are none. */
export async function createSharedFavourites(userId: string): Promise<string | null> {
  const rows = await db
    .select({ id: favourites.productId })
    .from(favourites)
    .innerJoin(products, eq(products.id, favourites.productId))
    .where(and(eq(favourites.userId, userId), eq(products.status, "active")))
    .orderBy(desc(favourites.createdAt), desc(favourites.productId))
    .limit(MAX_SHARED_LINES);
  if (rows.length === 0) return null;
  const token = newShareToken();
  await db.insert(sharedFavourites).values({ token, productIds: rows.map((r) => r.id), expiresAt: expiry });
  return token;
}

export type SharedAddResult = { added: number; notes: string[] } | null;

/**
 * Adds a shared cart's items to `cartId` through the cart's own addItem (so each
 * is clamped to stock, with its message); lines that cannot be bought are noted
 * and skipped. Null when the link is unknown or expired.
 */
export async function addSharedCartToCart(cartId: string, token: string): Promise<SharedAddResult> {
  if (!isShareToken(token)) return null;
  const [shared] = await db
    .select({ items: sharedCarts.items })
    .from(sharedCarts)
    .where(and(eq(sharedCarts.token, token), gt(sharedCarts.expiresAt, sql`now()`)));
  if (!shared) return null;
  let added = 0;
  const notes: string[] = [];
  for (const item of snapshotItems(shared.items)) {
    try {
      const r = await addItem(cartId, item.variantId, item.quantity);
      added += Math.max(0, r.quantity - (r.requested - item.quantity));
      if (r.clamped) notes.push(r.clamped);
    } catch (error) {
      if (!(error instanceof CartError) || error.code === "cart-not-found") throw error;
      notes.push(error.message);
    }
  }
  return { added, notes };
}

/** Deletes expired share links (for the daily jobs). */
export async function deleteExpiredShares(): Promise<number> {
  const [a, b] = await Promise.all([
    db
      .delete(sharedCarts)
      .where(lt(sharedCarts.expiresAt, sql`now()`))
      .returning({ t: sharedCarts.token }),
    db
      .delete(sharedFavourites)
      .where(lt(sharedFavourites.expiresAt, sql`now()`))
      .returning({ t: sharedFavourites.token }),
  ]);
  return a.length + b.length;
}
