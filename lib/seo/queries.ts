import "server-only";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import { db } from "@/db";
import { categories, products, storePages } from "@/db/schema";

/** One product sitemap file: the first active product id it holds, when its newest product changed, and how many it holds. */
export type ProductSitemapPage = { fromId: number; lastmod: Date; count: number };

/**
 * The product sitemap files of the index: active products in id order cut into
 * pages of `pageSize`, each named by its first id, so a file is read by keyset
 * (id >= fromId) and never by an offset.
 */
export async function listProductSitemapPages(pageSize: number): Promise<ProductSitemapPage[]> {
  const rows = await db.execute<{ from_id: number; lastmod: Date | string; count: number }>(sql`
    select min(id)::int as from_id, max(updated_at) as lastmod, count(*)::int as count
    from (
      select id, updated_at, (row_number() over (order by id) - 1) / ${pageSize} as page
      from products where status = 'active'
    ) numbered
    group by page order by page`);
  return [...rows].map((r) => ({ fromId: r.from_id, lastmod: new Date(r.lastmod), count: r.count }));
}

/** One product sitemap file's products: active, from `fromId` on, in id order. */
export async function listProductSitemapEntries(fromId: number, pageSize: number): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .where(and(eq(products.status, "active"), gte(products.id, fromId)))
    .orderBy(asc(products.id))
    .limit(pageSize);
}

export async function listCategorySitemapEntries(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: categories.slug, updatedAt: categories.updatedAt })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id));
}

/** When each saved store page was last changed (pages never saved have no row and show their default text). */
export async function listStorePageDates(): Promise<Map<string, Date>> {
  const rows = await db.select({ slug: storePages.slug, updatedAt: storePages.updatedAt }).from(storePages);
  return new Map(rows.map((r) => [r.slug, r.updatedAt]));
}
