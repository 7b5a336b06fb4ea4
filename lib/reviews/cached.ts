import "server-only";
import { unstable_cache } from "next/cache";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { getReviewSummary, listProductReviews } from "./queries";
import type { ReviewSummary, ReviewView } from "./types";

export const HIGHLIGHTED_REVIEWS = 5;

const revalidate = env().CATALOG_CACHE_SECONDS;
const database = databaseCacheKey();

/**
 * What the cached product page shows of its reviews: the summary and the newest
 * few. Tagged with the product, so a new review or vote refreshes the page.
 */
export function getCachedReviewHighlights(productId: number, slug: string): Promise<{ summary: ReviewSummary; newest: ReviewView[] }> {
  return unstable_cache(
    async () => {
      const [summary, newest] = await Promise.all([
        getReviewSummary(productId),
        listProductReviews(productId, "newest", 1, HIGHLIGHTED_REVIEWS),
      ]);
      return { summary, newest: newest.items };
    },
    [database, "review-highlights", String(productId)],
    { revalidate, tags: [TAGS.catalog, TAGS.product(slug)] },
  )();
}
