import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { revalidateTagsOutsideRequest } from "@/lib/cache/revalidate-outside-request";
import { TAGS } from "@/lib/cache-tags";

/** Orders taken per statement: a sweep after an outage catches up in several, each short. */
export const PAIRS_BATCH = 500;
/** Products of one order that count (its largest lines): an order of 200 products would otherwise add 39,800 pairs. */
export const PAIRS_LINES_PER_ORDER = 20;

/**
 * Adds one batch of paid orders not yet counted to product_pairs and marks them, in one statement
 * (SQL function count_product_pairs_touched, migrations 0026–0027): each order counts exactly once,
 * even with two sweeps at the same time (they claim disjoint batches with SKIP LOCKED); then marks the
 * cached recommendations of the products whose pairs changed stale, on every instance. Returns the orders counted.
 */
export async function countProductPairsBatch(batch = PAIRS_BATCH, linesPerOrder = PAIRS_LINES_PER_ORDER): Promise<number> {
  const [row] = (await db.execute(
    sql`select counted, product_ids from count_product_pairs_touched(${batch}, ${linesPerOrder})`,
  )) as unknown as { counted: number; product_ids: number[] }[];
  await revalidateTagsOutsideRequest((row?.product_ids ?? []).map((id) => TAGS.productRecommendations(Number(id))));
  return Number(row?.counted ?? 0);
}

/**
 * The sweep's job: batches until none is left (at most `maxBatches`, so one sweep stays short).
 * Each batch's products show their new co-purchases on their next page load after the instances'
 * next poll of the shared revalidations (CACHE_TAG_POLL_MS).
 */
export async function countProductPairs(maxBatches = 20): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await countProductPairsBatch();
    total += n;
    if (n < PAIRS_BATCH) break;
  }
  return total;
}
