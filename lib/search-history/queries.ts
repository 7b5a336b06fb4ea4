import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { db } from "@/db";
import { searchCounts, searchHistory } from "@/db/schema";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { env } from "@/lib/env";
import { HISTORY_SHOWN, pickPopular, POPULAR_DAYS, POPULAR_MIN_COUNT, POPULAR_SHOWN } from "./rules";

/** The shopper's recent searches, newest first. */
export async function listRecentSearches(userId: string, limit = HISTORY_SHOWN): Promise<string[]> {
  const rows = await db
    .select({ query: searchHistory.query })
    .from(searchHistory)
    .where(eq(searchHistory.userId, userId))
    .orderBy(desc(searchHistory.searchedAt), searchHistory.query)
    .limit(limit);
  return rows.map((r) => r.query);
}

/** The week's popular searches from the daily counts (see pickPopular). */
export async function listPopularSearches(): Promise<string[]> {
  const rows = await db
    .select({ query: searchCounts.query, count: sql<number>`sum(${searchCounts.count})::int` })
    .from(searchCounts)
    .where(sql`${searchCounts.day} > current_date - ${POPULAR_DAYS}::int`)
    .groupBy(searchCounts.query)
    .having(sql`sum(${searchCounts.count}) >= ${POPULAR_MIN_COUNT}`)
    .orderBy(sql`sum(${searchCounts.count}) desc`, searchCounts.query)
    .limit(POPULAR_SHOWN * 2);
  return pickPopular(rows);
}

/** Popular searches, the same for everybody, recomputed as often as catalog pages (CATALOG_CACHE_SECONDS). */
export const getCachedPopularSearches = unstable_cache(listPopularSearches, [databaseCacheKey(), "popular-searches"], {
  revalidate: env().CATALOG_CACHE_SECONDS,
  tags: [TAGS.popularSearches],
});
