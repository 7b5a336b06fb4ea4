import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands, products, sharedCarts, sharedFavourites, variants } from "@/db/schema";
import { cardColumns, toCard } from "@/lib/catalog/cards";
import type { ProductCard } from "@/lib/catalog/types";
import { isShareToken, snapshotItems } from "./rules";

export type SharedCartLine = {
  variantId: number;
  quantity: number;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  unitPrice: number;
  currency: string;
  /** on sale and in stock now */
  available: boolean;
};

/** A shared cart's items with today's prices and availability; null when the link is unknown or expired. */
export async function getSharedCart(token: string): Promise<{ lines: SharedCartLine[]; expiresAt: Date } | null> {
  if (!isShareToken(token)) return null;
  const [shared] = await db
    .select({ items: sharedCarts.items, expiresAt: sharedCarts.expiresAt })
    .from(sharedCarts)
    .where(and(eq(sharedCarts.token, token), gt(sharedCarts.expiresAt, sql`now()`)));
  if (!shared) return null;
  const items = snapshotItems(shared.items);
  const rows = items.length
    ? await db
        .select({
          variantId: variants.id,
          productSlug: products.slug,
          productTitle: products.title,
          optionValues: variants.optionValues,
          unitPrice: variants.price,
          currency: variants.currency,
          stock: variants.stock,
          status: products.status,
        })
        .from(variants)
        .innerJoin(products, eq(products.id, variants.productId))
        .where(
          inArray(
            variants.id,
            items.map((i) => i.variantId),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.variantId, r]));
  const lines = items.flatMap((item): SharedCartLine[] => {
    const r = byId.get(item.variantId);
    if (!r) return [];
    return [
      {
        variantId: r.variantId,
        quantity: item.quantity,
        productSlug: r.productSlug,
        productTitle: r.productTitle,
        variantTitle: Object.values(r.optionValues ?? {}).join(" / "),
        unitPrice: r.unitPrice,
        currency: r.currency,
        available: r.status === "active" && r.stock > 0,
      },
    ];
  });
  return { lines, expiresAt: shared.expiresAt };
}

/** A shared favourites list's products still on sale, in the shared order; null when the link is unknown or expired. */
export async function getSharedFavourites(token: string): Promise<ProductCard[] | null> {
  if (!isShareToken(token)) return null;
  const [shared] = await db
    .select({ productIds: sharedFavourites.productIds })
    .from(sharedFavourites)
    .where(and(eq(sharedFavourites.token, token), gt(sharedFavourites.expiresAt, sql`now()`)));
  if (!shared) return null;
  const ids = shared.productIds.filter((id) => Number.isInteger(id));
  if (ids.length === 0) return [];
  const rows = await db
    .select(cardColumns)
    .from(products)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(inArray(products.id, ids), eq(products.status, "active")));
  const cards = rows.map(toCard);
  return ids.flatMap((id) => cards.filter((c) => c.id === id));
}
