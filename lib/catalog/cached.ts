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
const listRelatedProducts = singleFlight(queries.listRelatedProducts);
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

export const getCachedCategoryTree = cache(unstable_cache(getCategoryTree, key("category-tree"), opts(TAGS.categories)));

export const getCachedProduct = cache(async (slug: string) => {
  const tree = await getCachedCategoryTree();
  return unstable_cache(() => getProductBySlug(slug, tree), key("product", slug), opts(TAGS.product(slug)))();
});

/** Where a former product slug now lives (dropped with the product's tag when its slug changes). */
export const getCachedSlugRedirect = (slug: string) =>
  unstable_cache(() => findSlugRedirect(slug), key("slug-redirect", slug), opts(TAGS.product(slug)))();

export const getCachedRelated = unstable_cache(listRelatedProducts, key("related"), opts());
export const getCachedHotSellers = unstable_cache(listHotSellers, key("hot-sellers"), opts());
export const getCachedNewArrivals = unstable_cache(listNewArrivals, key("new-arrivals"), opts());
export const getCachedBanners = unstable_cache(() => listActiveBanners(), key("banners"), opts(TAGS.banners));

export const getCachedListing = unstable_cache(
  (scope: ListingScope, params: ListingParams) => listProducts(scope, params),
  key("listing"),
  opts(),
);
export const getCachedFacets = unstable_cache((scope: ListingScope) => getFacets(scope), key("facets"), opts());

export const getCachedSuggestions = async (q: string) => {
  const tree = await getCachedCategoryTree();
  return unstable_cache(() => suggest(q, tree), key("suggest", q), opts())();
};
