import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { redisCacheStore } from "./redis-store.mjs";
import { existingSharedTagClock } from "./shared-tags.mjs";

/**
 * revalidateTag for code that runs outside any request (the jobs' sweep), where Next's own throws:
 * records the tags as revalidated now in cache_tag_revalidations exactly as the cache handler does
 * (lib/cache/shared-tags.mjs: ms since epoch, the greatest timestamp wins), so every instance's
 * handler treats the entries carrying them (data and the ISR pages that read it) as stale at its
 * next poll (CACHE_TAG_POLL_MS), this process's own at once. With REDIS_URL the handlers read
 * revalidations from Redis instead (lib/cache/redis-store.mjs), so they are recorded there too.
 * Throws when the PostgreSQL write fails (a Redis that does not answer is logged by the store).
 */
export async function revalidateTagsOutsideRequest(tags: readonly string[], at = Date.now()): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await db.execute(sql`
    insert into cache_tag_revalidations (tag, revalidated_at)
    select tag, ${at}::bigint from json_array_elements_text(${JSON.stringify(unique)}::text::json) as t(tag)
    on conflict (tag) do update
      set revalidated_at = greatest(cache_tag_revalidations.revalidated_at, excluded.revalidated_at)`);
  const clock = existingSharedTagClock();
  for (const tag of unique) clock?.remember(tag, at);
  await redisCacheStore()?.record(unique, at);
}
