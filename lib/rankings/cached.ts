import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localizeCards } from "@/lib/catalog/localized-cards";
import { unstable_cache } from "next/cache";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import type { RankingList } from "./lists";
import { listBestSellers, listByReviews, listNewest, type RankedProduct } from "./queries";

/** How long a ranking is kept before it is read again (the page's HTML follows). */
export const RANKINGS_REVALIDATE_SECONDS = 120;
export const RANKING_SIZE = 10;

async function read(list: RankingList, categoryIds: number[] | null, locale: Locale): Promise<RankedProduct[]> {
  const ranked = await readRanked(list, categoryIds);
  const cards = await localizeCards(
    ranked.map((r) => r.product),
    locale,
  );
  return ranked.map((r, i) => ({ ...r, product: cards[i]! }));
}

function readRanked(list: RankingList, categoryIds: number[] | null): Promise<RankedProduct[]> {
  switch (list) {
    case "week":
    case "month":
    case "all":
      return listBestSellers(list, categoryIds, RANKING_SIZE);
    case "new":
      return listNewest(categoryIds, RANKING_SIZE);
    case "reviewed":
      return listByReviews("count", categoryIds, RANKING_SIZE);
    case "rated":
      return listByReviews("rating", categoryIds, RANKING_SIZE);
  }
}

// Concurrent misses share one query; entries are dropped with the catalog's tags
// (a product archived or edited) and re-read every few minutes for new orders.
// The arguments, the locale among them, are part of the key.
export const getCachedRanking = unstable_cache(singleFlight(read), [databaseCacheKey(), "rankings"], {
  revalidate: RANKINGS_REVALIDATE_SECONDS,
  tags: [TAGS.catalog, TAGS.rankings],
});
