import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/** Orders taken per statement: a sweep after an outage catches up in several, each short. */
export const PAIRS_BATCH = 500;
/** Products of one order that count (its largest lines): an order of 200 products would otherwise add 39,800 pairs. */
export const PAIRS_LINES_PER_ORDER = 20;

/**
 * Adds one batch of paid orders not yet counted to product_pairs and marks them, in one statement
 * (SQL function count_product_pairs, see migration 0025): each order counts exactly once, even with
 * two sweeps at the same time (they claim disjoint batches with SKIP LOCKED). Returns the orders counted.
 */
export async function countProductPairsBatch(batch = PAIRS_BATCH, linesPerOrder = PAIRS_LINES_PER_ORDER): Promise<number> {
  const [row] = (await db.execute(sql`select count_product_pairs(${batch}, ${linesPerOrder}) as counted`)) as unknown as {
    counted: number;
  }[];
  return Number(row?.counted ?? 0);
}

/**
 * The sweep's job: batches until none is left (at most `maxBatches`, so one sweep stays short).
 * Product pages pick the new counts up within their cache window (CATALOG_CACHE_SECONDS): jobs run
 * outside any request, where Next cannot drop a cache tag.
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
