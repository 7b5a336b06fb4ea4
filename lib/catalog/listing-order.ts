import { asc, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { products } from "@/db/schema";
import type { Sort } from "./listing-params";

/**
 * Descending as the listing indexes are built (drizzle's `.desc()` on an index is
 * `DESC NULLS LAST`). Plain `desc()` means NULLS FIRST, and PostgreSQL then cannot
 * read the index in order even for a NOT NULL column: it sorts the whole category.
 */
export const descNullsLast = (column: AnyPgColumn | SQL) => sql`${column} desc nulls last`;

/**
 * A listing's ORDER BY, ending in a unique tie-break so pages never overlap. Each
 * sort reads one of the products_*_idx indexes in order (forwards, or backwards for
 * price-desc), so the tie-break follows the index's `id` (ascending; descending when
 * read backwards); `listing-indexes.test.ts` pins the agreement. `rank` is the search
 * relevance, when there is a query.
 */
export function listingOrder(sort: Sort, rank?: SQL): SQL[] {
  const popular = [descNullsLast(products.salesCount), asc(products.id)];
  switch (sort) {
    case "relevance":
      return rank ? [descNullsLast(rank), ...popular] : popular;
    case "popular":
      return popular;
    case "newest":
      return [descNullsLast(products.publishedAt), asc(products.id)];
    case "price-asc":
      return [asc(products.priceMin), asc(products.id)];
    case "price-desc":
      return [sql`${products.priceMin} desc`, sql`${products.id} desc`];
    case "rating":
      return [descNullsLast(products.ratingAvg), descNullsLast(products.ratingCount), asc(products.id)];
  }
}
