import "server-only";
import { sql } from "drizzle-orm";
import { brands, products } from "@/db/schema";

// Always table-qualified: in a single-table select Drizzle renders a bare "id",
// which inside these subqueries would mean the subquery's own id.
export const productId = sql.raw('"products"."id"');
import type { ProductCard } from "./types";

/** Columns a product card needs, for any select over `products` left-joined to `brands`. */
export const cardColumns = {
  id: products.id,
  slug: products.slug,
  title: products.title,
  brand: brands.name,
  currency: products.currency,
  priceMin: products.priceMin,
  priceMax: products.priceMax,
  inStock: products.inStock,
  // Sold out, but a variant takes pre-orders: the card says so instead of "Out of stock".
  preorder: sql<boolean>`(not ${products.inStock} and exists (
    select 1 from variants v where v.product_id = ${productId} and v.preorder_cap > v.preorder_backlog))`,
  ratingAvg: products.ratingAvg,
  ratingCount: products.ratingCount,
  compareAt: sql<
    number | null
  >`(select v.compare_at_price from variants v where v.product_id = ${productId} order by v.price, v.position limit 1)`,
  image: sql<{ url: string; alt: string; width: number; height: number } | null>`(
    select json_build_object('url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height)
    from product_images i where i.product_id = ${productId} order by i.position limit 1)`,
};

type CardRow = {
  id: number;
  slug: string;
  title: string;
  brand: string | null;
  currency: string;
  priceMin: number;
  priceMax: number;
  inStock: boolean;
  preorder: boolean;
  ratingAvg: number;
  ratingCount: number;
  compareAt: number | null;
  image: { url: string; alt: string; width: number; height: number } | null;
};

export function toCard(r: CardRow): ProductCard {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    brand: r.brand,
    price: { amount: r.priceMin, currency: r.currency },
    compareAt: r.compareAt === null ? null : { amount: r.compareAt, currency: r.currency },
    priceVaries: r.priceMax !== r.priceMin,
    inStock: r.inStock,
    preorder: r.preorder,
    image: r.image ? { ...r.image, variantId: null } : null,
    rating: { average: Number(r.ratingAvg), count: r.ratingCount },
  };
}
