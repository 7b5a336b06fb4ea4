import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { findSlugRedirect } from "@/lib/products/slug-redirects";
import { singleFlight } from "@/lib/single-flight";
import { getFacets as getFacetsUncached, listProducts as listProductsUncached, type ListingScope } from "./listing";
import type { ListingParams } from "./listing-params";
import { localizeBrands, localizeCards } from "./localized-cards";
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
// Every entry holds one language's texts, so its key names the locale; the tags
// do not, so that a change drops the entry in every language at once.
const revalidate = env().CATALOG_CACHE_SECONDS;
const opts = (...tags: string[]) => ({ revalidate, tags: [TAGS.catalog, ...tags] });
const db = databaseCacheKey();
/** The cache key of a catalog entry: the database, what is read, and in which language. */
export const key = (...parts: string[]) => [db, ...parts];

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

/** The category tree in `locale` (names fall back to the default language's). */
export const getCachedCategoryTree = cache((locale: Locale) =>
  unstable_cache(() => getCategoryTree(locale), key("category-tree", locale), opts(TAGS.categories))(),
);

export const getCachedProduct = cache(async (slug: string, locale: Locale) => {
  const tree = await getCachedCategoryTree(locale);
  return orEmpty(
    unstable_cache(
      keepOnly(() => getProductBySlug(slug, tree, locale), found),
      key("product", slug, locale),
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

export const getCachedHotSellers = (limit: number, locale: Locale) =>
  unstable_cache(async () => localizeCards(await listHotSellers(limit), locale), key("hot-sellers", String(limit), locale), opts())();
export const getCachedNewArrivals = (limit: number, locale: Locale) =>
  unstable_cache(async () => localizeCards(await listNewArrivals(limit), locale), key("new-arrivals", String(limit), locale), opts())();
/**
 * Banners start and end on their schedule, a change no write announces: the entry lives at most a
 * minute (the home page's own lifetime), whatever CATALOG_CACHE_SECONDS says.
 */
const BANNER_SCHEDULE_SECONDS = 60;
export const getCachedBanners = (locale: Locale) =>
  unstable_cache(() => listActiveBanners(new Date(), locale), key("banners", locale), {
    ...opts(TAGS.banners),
    revalidate: Math.min(revalidate, BANNER_SCHEDULE_SECONDS),
  })();

// The scope and params are in the key too (unstable_cache adds the arguments).
const cachedListing = (locale: Locale) =>
  unstable_cache(
    keepOnly(
      async (scope: ListingScope, params: ListingParams) => {
        const listing = await listProducts(scope, params);
        return { ...listing, items: await localizeCards(listing.items, locale) };
      },
      (l) => l.total > 0,
    ),
    key("listing", locale),
    opts(),
  );
export const getCachedListing = (scope: ListingScope, params: ListingParams, locale: Locale) =>
  orEmpty(cachedListing(locale)(scope, params));
const cachedFacets = (locale: Locale) =>
  unstable_cache(
    keepOnly(
      async (scope: ListingScope) => {
        const facets = await getFacets(scope);
        return { ...facets, brands: await localizeBrands(facets.brands, locale) };
      },
      (f) => f.brands.length > 0 || f.options.length > 0,
    ),
    key("facets", locale),
    opts(),
  );
export const getCachedFacets = (scope: ListingScope, locale: Locale) => orEmpty(cachedFacets(locale)(scope));

export const getCachedSuggestions = async (q: string, locale: Locale) => {
  const tree = await getCachedCategoryTree(locale);
  return orEmpty(
    unstable_cache(
      keepOnly(
        () => suggest(q, tree, 6, locale),
        (list) => list.length > 0,
      ),
      key("suggest", q, locale),
      opts(),
    )(),
  );
};
