import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { FunnelMetric } from "@/db/schema";
import { toDay } from "./range";

/** Adds one to today's (UTC) counter of `metric`: one upsert, safe under concurrency. */
export async function bumpFunnel(metric: FunnelMetric, at = new Date()): Promise<void> {
  await db.execute(sql`
    insert into funnel_daily (day, metric, count) values (${toDay(at)}, ${metric}, 1)
    on conflict (day, metric) do update set count = funnel_daily.count + 1`);
}

/**
 * Counts a funnel step without ever failing the shopper's action: a database
 * error is logged and swallowed. Callers schedule it with `after()` so it runs
 * once the response has been sent.
 */
export async function countFunnelStep(metric: FunnelMetric): Promise<void> {
  try {
    await bumpFunnel(metric);
  } catch (error) {
    console.error(`[analytics] could not count ${metric}:`, error);
  }
}
