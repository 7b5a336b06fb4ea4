import { sql } from "drizzle-orm";
import { bigint, check, date, pgEnum, pgTable, primaryKey } from "drizzle-orm/pg-core";

/** The steps of the funnel the dashboard shows; orders are counted from `orders` itself. */
export const funnelMetric = pgEnum("funnel_metric", ["product_view", "add_to_cart"]);

/** Per-day counters of shopper activity (UTC days), bumped with an upsert: no row per event. */
export const funnelDaily = pgTable(
  "funnel_daily",
  {
    day: date({ mode: "string" }).notNull(),
    metric: funnelMetric().notNull(),
    count: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.metric] }), check("funnel_daily_count_nonnegative", sql`${t.count} >= 0`)],
);

export type FunnelMetric = (typeof funnelMetric.enumValues)[number];
