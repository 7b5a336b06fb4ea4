import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { findSlugRedirect } from "@/lib/products/slug-redirects";
import { singleFlight } from "@/lib/single-flight";
import { getFacets as getFacetsUncached, listProducts as listProductsUncached, type ListingScope } from "./listing";
import type { ListingParams } from "./listing-params";
import * as queries from "./queries";
import { suggest as suggestUncached } from "./suggest";

// Concurrent misses for the same entry share one query (see singleFlight).
const getCategoryTree = singleFlight(queries.getCategoryTree);
const getProductBySlug = singleFlight(queries.getProductBySlug);
const listHotSellers = singleFlight(queries.listHotSellers);
const listNewArrivals = singleFlight(queries.listNewArrivals);
const listActiveBanners = singleFlight(queries.listActiveBanners);
const listProducts = singleFlight(listProductsUncached);
const getFacets = singleFlight(getFacetsUncached);
const suggest = singleFlight(suggestUncached);

// Catalog reads for pages, cached across requests and dropped by tag when the
// catalog changes; `revalidate` bounds staleness for writes made elsewhere.
const revalidate = env().CATALOG_CACHE_SECONDS;
const opts = (...tags: string[]) => ({ revalidate, tags: [TAGS.catalog, ...tags] });
const db = databaseCacheKey();
const key = (...parts: string[]) => [db, ...parts];

/**
 * An empty answer (an unknown slug, a search or suggestion with no results) is
 * not kept: any string makes one, so caching them would let an anonymous loop
 * fill the disk. It is thrown out of unstable_cache (which then stores nothing)
 * and returned by `orEmpty`.
 */
class NotWorthKeeping<T> extends Error {
  constructor(readonly value: T) {
    super("not worth keeping");
  }
}
const keepOnly =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>, worth: (r: R) => boolean) =>
  async (...args: A): Promise<R> => {
    const result = await fn(...args);
    if (!worth(result)) throw new NotWorthKeeping(result);
    return result;
  };
async function orEmpty<R>(read: Promise<R>): Promise<R> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof NotWorthKeeping) return e.value as R;
    throw e;
  }
}
const found = <R>(r: R | null) => r !== null;

export const getCachedCategoryTree = cache(unstable_cache(getCategoryTree, key("category-tree"), opts(TAGS.categories)));

export const getCachedProduct = cache(async (slug: string) => {
  const tree = await getCachedCategoryTree();
  return orEmpty(
    unstable_cache(
      keepOnly(() => getProductBySlug(slug, tree), found),
      key("product", slug),
      opts(TAGS.product(slug)),
    )(),
  );
});

/** Where a former product slug now lives (dropped with the product's tag when its slug changes). */
export const getCachedSlugRedirect = (slug: string) =>
  orEmpty(
    unstable_cache(
      keepOnly(() => findSlugRedirect(slug), found),
      key("slug-redirect", slug),
      opts(TAGS.product(slug)),
    )(),
  );

export const getCachedHotSellers = unstable_cache(listHotSellers, key("hot-sellers"), opts());
export const getCachedNewArrivals = unstable_cache(listNewArrivals, key("new-arrivals"), opts());
export const getCachedBanners = unstable_cache(() => listActiveBanners(), key("banners"), opts(TAGS.banners));

const cachedListing = unstable_cache(
  keepOnly(
    (scope: ListingScope, params: ListingParams) => listProducts(scope, params),
    (l) => l.total > 0,
  ),
  key("listing"),
  opts(),
);
export const getCachedListing = (scope: ListingScope, params: ListingParams) => orEmpty(cachedListing(scope, params));
const cachedFacets = unstable_cache(
  keepOnly(
    (scope: ListingScope) => getFacets(scope),
    (f) => f.brands.length > 0 || f.options.length > 0,
  ),
  key("facets"),
  opts(),
);
export const getCachedFacets = (scope: ListingScope) => orEmpty(cachedFacets(scope));

export const getCachedSuggestions = async (q: string) => {
  const tree = await getCachedCategoryTree();
  return orEmpty(
    unstable_cache(
      keepOnly(
        () => suggest(q, tree),
        (list) => list.length > 0,
      ),
      key("suggest", q),
      opts(),
    )(),
  );
};
