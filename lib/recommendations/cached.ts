import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localizeCards } from "@/lib/catalog/localized-cards";
import { unstable_cache } from "next/cache";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { alsoBought, similar } from "./queries";

/** Cards in each product-page row. */
export const RECOMMENDED_ON_PRODUCT = 8;
/**
 * How long a product's rows are kept at most: the jobs' sweep marks a product's rows stale as soon as it
 * counts new co-purchases of it (TAGS.productRecommendations, lib/recommendations/pairs.ts), and the
 * page's HTML, which carries the tags of the data it read, with them; this bounds what the sweep
 * cannot see (a product going out of stock among the cards).
 */
export const RECOMMENDATIONS_REVALIDATE_SECONDS = 300;

const opts = (productId: number, slug: string) => ({
  revalidate: RECOMMENDATIONS_REVALIDATE_SECONDS,
  tags: [TAGS.catalog, TAGS.recommendations, TAGS.product(slug), TAGS.productRecommendations(productId)],
});
const key = (name: string) => [databaseCacheKey(), name];
const readAlsoBought = singleFlight((productId: number) => alsoBought([productId], RECOMMENDED_ON_PRODUCT));
const readSimilar = singleFlight((productId: number) => similar(productId, RECOMMENDED_ON_PRODUCT));

/**
 * "Customers also bought" for the product page, cards in `locale`, cached (one entry per language);
 * dropped with the catalog's or the product's tag, or by the sweep.
 */
export const getCachedAlsoBought = (productId: number, slug: string, locale: Locale) =>
  unstable_cache(
    async () => localizeCards(await readAlsoBought(productId), locale),
    [...key("also-bought"), String(productId), locale],
    opts(productId, slug),
  )();

/** "Similar products" for the product page, cached like getCachedAlsoBought. */
export const getCachedSimilar = (productId: number, slug: string, locale: Locale) =>
  unstable_cache(
    async () => localizeCards(await readSimilar(productId), locale),
    [...key("similar"), String(productId), locale],
    opts(productId, slug),
  )();
