import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { cartItems, favourites, orderLines, orders, products, recentlyViewed, variants } from "@/db/schema";
import { RECENT_SHOWN } from "@/lib/shopper-lists/recent-ids";
import type { ShopperSignals } from "./rules";

/** Products of the last paid orders that count: enough to exclude what was bought, bounded for a shopper of years. */
const BOUGHT_KEPT = 100;

/**
 * What a shopper's history says: a signed-in shopper's recently viewed, favourites and paid orders
 * from the database, a guest's views from their cookie (`guestViewed`); the cart's products for both.
 */
export async function readSignals(userId: string | null, cartId: string | null, guestViewed: number[]): Promise<ShopperSignals> {
  const [viewed, favs, cart, bought] = await Promise.all([
    userId ? listViewed(userId) : guestViewed,
    userId ? listFavourites(userId) : [],
    cartId ? listCartProducts(cartId) : [],
    userId ? listBought(userId) : [],
  ]);
  return { viewed, favourites: favs, cart, bought };
}

async function listViewed(userId: string): Promise<number[]> {
  const rows = await db
    .select({ id: recentlyViewed.productId })
    .from(recentlyViewed)
    .where(eq(recentlyViewed.userId, userId))
    .orderBy(desc(recentlyViewed.viewedAt))
    .limit(RECENT_SHOWN);
  return rows.map((r) => r.id);
}

async function listFavourites(userId: string): Promise<number[]> {
  const rows = await db
    .select({ id: favourites.productId })
    .from(favourites)
    .where(eq(favourites.userId, userId))
    .orderBy(desc(favourites.createdAt))
    .limit(RECENT_SHOWN);
  return rows.map((r) => r.id);
}

async function listCartProducts(cartId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: variants.productId })
    .from(cartItems)
    .innerJoin(variants, eq(variants.id, cartItems.variantId))
    .where(eq(cartItems.cartId, cartId));
  return rows.map((r) => r.id);
}

async function listBought(userId: string): Promise<ShopperSignals["bought"]> {
  const rows = await db
    .select({ productId: products.id, consumable: products.consumable, lastPaid: sql`max(${orders.paidAt})` })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(and(eq(orders.userId, userId), isNotNull(orders.paidAt)))
    .groupBy(products.id, products.consumable)
    .orderBy(sql`max(${orders.paidAt}) desc`, desc(products.id))
    .limit(BOUGHT_KEPT);
  return rows.map((r) => ({ productId: r.productId, consumable: r.consumable }));
}
