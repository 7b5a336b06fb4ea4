import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands, products } from "@/db/schema";
import { cardColumns, toCard } from "./cards";
import { PAGE_SIZE, type ListingParams } from "./listing-params";
import { compareOptionValues } from "./option-order";
import { escapeLike } from "./search-text";
import type { Facets, Listing } from "./types";

/** What a listing is over: a category subtree, a search, or both. */
export type ListingScope = { categoryIds?: number[]; q?: string };

function tsQuery(q: string) {
  return sql`websearch_to_tsquery('english', ${q})`;
}

/** Full text (stemmed), substring (any script, e.g. Chinese) or typo-tolerant trigram match. */
export function searchMatch(q: string): SQL {
  const like = `%${escapeLike(q.toLowerCase())}%`;
  return sql`(${products.searchVector} @@ ${tsQuery(q)} or ${products.searchText} like ${like} or ${q.toLowerCase()} <% ${products.searchText})`;
}

function searchRank(q: string): SQL<number> {
  const prefix = `${escapeLike(q.toLowerCase())}%`;
  return sql<number>`(ts_rank_cd(${products.searchVector}, ${tsQuery(q)}, 1) * 2
    + word_similarity(${q.toLowerCase()}, ${products.searchText})
    + case when lower(${products.title}) like ${prefix} then 0.5 else 0 end)`;
}

function scopeConditions(scope: ListingScope): SQL[] {
  const conds: SQL[] = [eq(products.status, "active")];
  if (scope.categoryIds) conds.push(inArray(products.categoryId, scope.categoryIds));
  if (scope.q) conds.push(searchMatch(scope.q));
  return conds;
}

function filterConditions(params: ListingParams): SQL[] {
  const conds: SQL[] = [];
  // A product matches a price range when any of its variants' prices falls in it.
  if (params.minPrice !== null) conds.push(gte(products.priceMax, params.minPrice));
  if (params.maxPrice !== null) conds.push(lte(products.priceMin, params.maxPrice));
  if (params.inStock) conds.push(eq(products.inStock, true));
  if (params.brands.length) {
    conds.push(inArray(products.brandId, db.select({ id: brands.id }).from(brands).where(inArray(brands.slug, params.brands))));
  }
  for (const [name, values] of Object.entries(params.options)) {
    const any = sql.join(
      values.map((v) => sql`v.option_values @> ${JSON.stringify({ [name]: v })}::jsonb`),
      sql` or `,
    );
    const stock = params.inStock ? sql` and v.stock > 0` : sql``;
    conds.push(sql`exists (select 1 from variants v where v.product_id = ${products.id} and (${any})${stock})`);
  }
  return conds;
}

function orderBy(params: ListingParams, q: string | undefined) {
  switch (params.sort) {
    case "relevance":
      return q ? [desc(searchRank(q)), desc(products.salesCount), desc(products.id)] : [desc(products.salesCount), desc(products.id)];
    case "popular":
      return [desc(products.salesCount), desc(products.id)];
    case "newest":
      return [sql`${products.publishedAt} desc nulls last`, desc(products.id)];
    case "price-asc":
      return [asc(products.priceMin), asc(products.id)];
    case "price-desc":
      return [desc(products.priceMin), desc(products.id)];
    case "rating":
      return [desc(products.ratingAvg), desc(products.ratingCount), desc(products.id)];
  }
}

/** One page of active products in scope, filtered and sorted as asked, with the total count. */
export async function listProducts(scope: ListingScope, params: ListingParams, pageSize = PAGE_SIZE): Promise<Listing> {
  const where = and(...scopeConditions(scope), ...filterConditions(params));
  const [countRow] = await db.select({ n: sql<number>`count(*)::int` }).from(products).where(where);
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(params.page, pageCount);
  const rows =
    total === 0
      ? []
      : await db
          .select(cardColumns)
          .from(products)
          .leftJoin(brands, eq(brands.id, products.brandId))
          .where(where)
          .orderBy(...orderBy(params, scope.q))
          .limit(pageSize)
          .offset((page - 1) * pageSize);
  return { items: rows.map(toCard), total, page, pageCount };
}

/** Brands and option values present in scope, with product counts, for the filter panel. */
export async function getFacets(scope: ListingScope): Promise<Facets> {
  const where = and(...scopeConditions(scope));
  const [brandRows, optionRows] = await Promise.all([
    db
      .select({ slug: brands.slug, name: brands.name, count: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(where)
      .groupBy(brands.slug, brands.name)
      .orderBy(asc(brands.name)),
    db
      .select({
        name: sql<string>`kv.key`,
        value: sql<string>`kv.value`,
        count: sql<number>`count(distinct v.product_id)::int`,
      })
      .from(products)
      .innerJoin(sql`variants v`, sql`v.product_id = ${products.id}`)
      .innerJoin(sql`lateral jsonb_each_text(v.option_values) kv`, sql`true`)
      .where(where)
      .groupBy(sql`kv.key`, sql`kv.value`),
  ]);
  const byName = new Map<string, { value: string; count: number }[]>();
  for (const r of optionRows) {
    const list = byName.get(r.name) ?? [];
    list.push({ value: r.value, count: r.count });
    byName.set(r.name, list);
  }
  const options = [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, values]) => ({ name, values: values.sort((a, b) => compareOptionValues(a.value, b.value)) }));
  return { brands: brandRows, options };
}
