import "server-only";
import { unstable_cache } from "next/cache";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { alsoBought, similar } from "./queries";

/** Cards in each product-page row. */
export const RECOMMENDED_ON_PRODUCT = 8;
/**
 * How long a product's rows are kept: the jobs' sweep counts a paid order's pairs outside any request,
 * where no cache tag can be dropped, so new co-purchases show once this has passed (the page's HTML follows).
 */
export const RECOMMENDATIONS_REVALIDATE_SECONDS = 60;

const opts = (slug: string) => ({
  revalidate: RECOMMENDATIONS_REVALIDATE_SECONDS,
  tags: [TAGS.catalog, TAGS.recommendations, TAGS.product(slug)],
});
const key = (name: string) => [databaseCacheKey(), name];
const readAlsoBought = singleFlight((productId: number) => alsoBought([productId], RECOMMENDED_ON_PRODUCT));
const readSimilar = singleFlight((productId: number) => similar(productId, RECOMMENDED_ON_PRODUCT));

/** "Customers also bought" for the product page, cached; dropped with the catalog's or the product's tag. */
export const getCachedAlsoBought = (productId: number, slug: string) =>
  unstable_cache(() => readAlsoBought(productId), [...key("also-bought"), String(productId)], opts(slug))();

/** "Similar products" for the product page, cached like getCachedAlsoBought. */
export const getCachedSimilar = (productId: number, slug: string) =>
  unstable_cache(() => readSimilar(productId), [...key("similar"), String(productId)], opts(slug))();
