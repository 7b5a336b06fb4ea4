import "server-only";
import { and, arrayOverlaps, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { readDb } from "@/db";
import { brands, products } from "@/db/schema";
import { containsPattern, escapeLike } from "@/lib/text";
import { cardColumns, toCard } from "./cards";
import { listingOrder } from "./listing-order";
import { PAGE_SIZE, type ListingParams } from "./listing-params";
import { compareOptionValues } from "./option-order";
import type { Facets, Listing } from "./types";

/** What a listing is over: a category subtree, a search, or both. */
export type ListingScope = { categoryIds?: number[]; q?: string };

function tsQuery(q: string) {
  return sql`websearch_to_tsquery('english', ${q})`;
}

/**
 * Exact: stemmed full text, or the literal text anywhere (any script, e.g.
 * Chinese). Fuzzy adds typo-tolerant trigram matching, used only when exact
 * finds nothing (it is slower and looser).
 */
export function searchMatch(q: string, fuzzy = false): SQL {
  const like = containsPattern(q.toLowerCase());
  const exact = sql`${products.searchVector} @@ ${tsQuery(q)} or ${products.searchText} like ${like}`;
  return fuzzy ? sql`(${exact} or ${q.toLowerCase()} <% ${products.searchText})` : sql`(${exact})`;
}

/** Whether a search needs the fuzzy fallback: nothing matches it exactly. */
export async function needsFuzzy(q: string): Promise<boolean> {
  if (q.length < 3) return false;
  const rows = await readDb
    .select({ one: sql`1` })
    .from(products)
    .where(and(eq(products.status, "active"), searchMatch(q)))
    .limit(1);
  return rows.length === 0;
}

function searchRank(q: string): SQL<number> {
  const prefix = `${escapeLike(q.toLowerCase())}%`;
  return sql<number>`(ts_rank_cd(${products.searchVector}, ${tsQuery(q)}, 1) * 2
    + word_similarity(${q.toLowerCase()}, ${products.searchText})
    + case when lower(${products.title}) like ${prefix} then 0.5 else 0 end)`;
}

function scopeConditions(scope: ListingScope, fuzzy: boolean): SQL[] {
  const conds: SQL[] = [eq(products.status, "active")];
  if (scope.categoryIds) conds.push(inArray(products.categoryId, scope.categoryIds));
  if (scope.q) conds.push(searchMatch(scope.q, fuzzy));
  return conds;
}

function filterConditions(params: ListingParams): SQL[] {
  const conds: SQL[] = [];
  // A product matches a price range when any of its variants' prices falls in it.
  if (params.minPrice !== null) conds.push(gte(products.priceMax, params.minPrice));
  if (params.maxPrice !== null) conds.push(lte(products.priceMin, params.maxPrice));
  if (params.inStock) conds.push(eq(products.inStock, true));
  if (params.brands.length) {
    conds.push(inArray(products.brandId, readDb.select({ id: brands.id }).from(brands).where(inArray(brands.slug, params.brands))));
  }
  // Any of an option's chosen values; every chosen option.
  for (const [name, values] of Object.entries(params.options)) {
    conds.push(
      arrayOverlaps(
        products.optionTags,
        values.map((v) => `${name}:${v}`),
      ),
    );
  }
  return conds;
}

/** One page of active products in scope, filtered and sorted as asked, with the total count. */
export async function listProducts(scope: ListingScope, params: ListingParams, pageSize = PAGE_SIZE): Promise<Listing> {
  const fuzzy = scope.q ? await needsFuzzy(scope.q) : false;
  const where = and(...scopeConditions(scope, fuzzy), ...filterConditions(params));
  const [countRow] = await readDb
    .select({ n: sql<number>`count(*)::int` })
    .from(products)
    .where(where);
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(params.page, pageCount);
  const rows =
    total === 0
      ? []
      : await readDb
          .select(cardColumns)
          .from(products)
          .leftJoin(brands, eq(brands.id, products.brandId))
          .where(where)
          .orderBy(...listingOrder(params.sort, scope.q ? searchRank(scope.q) : undefined))
          .limit(pageSize)
          .offset((page - 1) * pageSize);
  return { items: rows.map(toCard), total, page, pageCount, fuzzy };
}

/** Brands and option values present in scope, with product counts, for the filter panel. */
export async function getFacets(scope: ListingScope): Promise<Facets> {
  const fuzzy = scope.q ? await needsFuzzy(scope.q) : false;
  const where = and(...scopeConditions(scope, fuzzy));
  const [brandRows, tagRows] = await Promise.all([
    readDb
      .select({ slug: brands.slug, name: brands.name, count: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(where)
      .groupBy(brands.slug, brands.name)
      .orderBy(asc(brands.name)),
    readDb
      .select({ tag: sql<string>`t.tag`, count: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(sql`unnest(${products.optionTags}) as t(tag)`, sql`true`)
      .where(where)
      .groupBy(sql`t.tag`),
  ]);
  const byName = new Map<string, { value: string; count: number }[]>();
  for (const { tag, count } of tagRows) {
    const at = tag.indexOf(":");
    const name = tag.slice(0, at);
    const list = byName.get(name) ?? [];
    list.push({ value: tag.slice(at + 1), count });
    byName.set(name, list);
  }
  const options = [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, values]) => ({ name, values: values.sort((a, b) => compareOptionValues(a.value, b.value)) }));
  return { brands: brandRows, options };
}
