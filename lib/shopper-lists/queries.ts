import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { brands, favourites, products, recentlyViewed } from "@/db/schema";
import { cardColumns, toCard } from "@/lib/catalog/cards";
import type { ProductCard } from "@/lib/catalog/types";
import { RECENT_SHOWN } from "./recent-ids";

const active = eq(products.status, "active");

/** The shopper's favourite products (still on sale), most recently added first. */
export async function listFavouriteProducts(userId: string): Promise<ProductCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(favourites)
    .innerJoin(products, eq(products.id, favourites.productId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(eq(favourites.userId, userId), active))
    .orderBy(desc(favourites.createdAt), desc(products.id));
  return rows.map(toCard);
}

export async function isFavourite(userId: string, productId: number): Promise<boolean> {
  const [row] = await db
    .select({ productId: favourites.productId })
    .from(favourites)
    .where(and(eq(favourites.userId, userId), eq(favourites.productId, productId)))
    .limit(1);
  return !!row;
}

/** The shopper's recently viewed products (still on sale), newest first. */
export async function listRecentlyViewedProducts(userId: string, limit = RECENT_SHOWN): Promise<ProductCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(recentlyViewed)
    .innerJoin(products, eq(products.id, recentlyViewed.productId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(eq(recentlyViewed.userId, userId), active))
    .orderBy(desc(recentlyViewed.viewedAt), desc(products.id))
    .limit(limit);
  return rows.map(toCard);
}
