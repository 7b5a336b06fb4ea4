import "server-only";
import { unstable_cache } from "next/cache";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { getProductFlashSales, nextFlashSaleChange, splitDeals } from "./flash-sales";

const db = databaseCacheKey();

/**
 * A product's flash sales for its cached page, and the page's freshness:
 *
 * - the sales (those not ended, running or starting within a week) are cached
 *   with the product's tag and TAGS.promotions: the back office's flash-sale
 *   changes revalidate both, and a placed order revalidates the product's tag
 *   (lib/checkout/actions.ts), so "units left" follows sales within a visit or so;
 * - which of them run is decided when the page renders, and a sale starting or
 *   ending is a change no write announces: the page's ISR lifetime is cut to the
 *   next start or end by an empty cache entry whose `revalidate` is that many
 *   seconds (unstable_cache lowers the lifetime of the page that calls it, like
 *   a fetch with `next.revalidate`). A page without sales keeps its minute.
 *
 * Regeneration is stale-while-revalidate, so the first visitor after a start or
 * end may still see the page from before; its countdown says "Ended", and the
 * checkout prices by the database's clock in any case.
 */
export async function getProductFlashSalesForPage(productId: number, slug: string, now: Date) {
  const sales = await unstable_cache(() => getProductFlashSales(productId), [db, "flash-sales", String(productId)], {
    revalidate: env().CATALOG_CACHE_SECONDS,
    tags: [TAGS.catalog, TAGS.promotions, TAGS.product(slug)],
  })();
  const change = nextFlashSaleChange(sales, now);
  if (change) {
    const seconds = Math.max(1, Math.ceil((change.getTime() - now.getTime()) / 1000));
    if (seconds < env().CATALOG_CACHE_SECONDS) {
      await unstable_cache(async () => true, [db, "flash-sales-change", String(productId), change.toISOString()], {
        revalidate: seconds,
      })();
    }
  }
  return splitDeals(sales, now);
}
