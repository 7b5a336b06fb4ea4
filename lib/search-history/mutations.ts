import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { searchCounts, searchHistory } from "@/db/schema";
import { HISTORY_KEPT, historyKey } from "./rules";

/** Puts a search at the front of the shopper's history (once), keeping the newest HISTORY_KEPT. */
export async function recordHistory(userId: string, input: string): Promise<void> {
  const query = historyKey(input);
  if (!query) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(searchHistory)
      .values({ userId, query })
      .onConflictDoUpdate({ target: [searchHistory.userId, searchHistory.query], set: { searchedAt: sql`now()` } });
    await tx.execute(sql`
      delete from ${searchHistory}
       where ${searchHistory.userId} = ${userId}
         and ${searchHistory.query} not in (
           select query from search_history where user_id = ${userId}
            order by searched_at desc, query limit ${HISTORY_KEPT})`);
  });
}

/** Counts one search that found products toward today's popular searches. */
export async function countSearch(input: string): Promise<void> {
  const query = historyKey(input);
  if (!query) return;
  await db
    .insert(searchCounts)
    .values({ day: sql`current_date`, query, count: 1 })
    .onConflictDoUpdate({ target: [searchCounts.day, searchCounts.query], set: { count: sql`${searchCounts.count} + 1` } });
}

/** Removes one search from the shopper's history; idempotent. */
export async function removeHistoryEntry(userId: string, input: string): Promise<void> {
  const query = historyKey(input);
  if (!query) return;
  await db.delete(searchHistory).where(and(eq(searchHistory.userId, userId), eq(searchHistory.query, query)));
}

/** Forgets all of the shopper's searches. */
export async function clearHistory(userId: string): Promise<void> {
  await db.delete(searchHistory).where(eq(searchHistory.userId, userId));
}

/** Drops daily counts older than `days` (popular searches only read the last week). */
export async function deleteOldSearchCounts(days = 35): Promise<number> {
  const gone = await db
    .delete(searchCounts)
    .where(sql`${searchCounts.day} < current_date - ${days}::int`)
    .returning({ day: searchCounts.day });
  return gone.length;
}
