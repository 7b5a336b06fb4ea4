import "server-only";
import { and, desc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands, orderLines, orders, products } from "@/db/schema";
import { cardColumns, toCard } from "@/lib/catalog/cards";
import type { ProductCard } from "@/lib/catalog/types";
import { periodStart, type SalesPeriod } from "./lists";

/** A ranked product with the number it is ranked by. */
export type RankedProduct = { product: ProductCard; units: number; publishedAt: string | null };

/** Which products a list may show: active ones, of these categories when given. */
function available(categoryIds: number[] | null): SQL {
  const active = eq(products.status, "active");
  return categoryIds ? and(active, inArray(products.categoryId, categoryIds))! : active;
}

/**
 * Best sellers by units of paid orders whose payment falls in the period
 * (orders_paid_at_idx), not cancelled or refunded in full; the lines are read
 * from order_lines_order_product_idx alone (order id, product, quantity).
 */
export async function listBestSellers(
  period: SalesPeriod,
  categoryIds: number[] | null,
  limit: number,
  now = new Date(),
): Promise<RankedProduct[]> {
  const start = periodStart(period, now);
  const sold = db
    .select({ productId: orderLines.productId, units: sql<number>`sum(${orderLines.quantity})::int`.as("units") })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(
      and(
        start ? sql`${orders.paidAt} >= ${start.toISOString()}::timestamptz` : sql`${orders.paidAt} is not null`,
        sql`${orders.status} not in ('cancelled', 'refunded')`,
      ),
    )
    .groupBy(orderLines.productId)
    .as("sold");
  const rows = await db
    .select({ ...cardColumns, units: sold.units, publishedAt: products.publishedAt })
    .from(sold)
    .innerJoin(products, eq(products.id, sold.productId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(available(categoryIds))
    .orderBy(desc(sold.units), desc(products.id))
    .limit(limit);
  return rows.map(ranked((r) => r.units));
}

/** Newest first by publication (products_newest_idx / products_category_newest_idx). */
export async function listNewest(categoryIds: number[] | null, limit: number): Promise<RankedProduct[]> {
  const rows = await db
    .select({ ...cardColumns, publishedAt: products.publishedAt })
    .from(products)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(available(categoryIds), sql`${products.publishedAt} is not null`))
    .orderBy(sql`${products.publishedAt} desc nulls last`, desc(products.id))
    .limit(limit);
  return rows.map(ranked(() => 0));
}

/** Most reviews first, or best average (with at least one review), ties by review count. */
export async function listByReviews(by: "count" | "rating", categoryIds: number[] | null, limit: number): Promise<RankedProduct[]> {
  const order =
    by === "count" ? [desc(products.ratingCount), desc(products.ratingAvg)] : [desc(products.ratingAvg), desc(products.ratingCount)];
  const rows = await db
    .select({ ...cardColumns, publishedAt: products.publishedAt })
    .from(products)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(available(categoryIds), gt(products.ratingCount, 0)))
    .orderBy(...order, desc(products.id))
    .limit(limit);
  return rows.map(ranked((r) => r.ratingCount));
}

function ranked<R extends Parameters<typeof toCard>[0] & { publishedAt: Date | null }>(units: (r: R) => number) {
  return (r: R): RankedProduct => ({ product: toCard(r), units: units(r), publishedAt: r.publishedAt?.toISOString() ?? null });
}
