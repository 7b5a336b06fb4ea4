import { bigint, integer, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * Counters of every rate limit (lib/rate-limit/), shared by all instances when
 * no REDIS_URL is set. The layout is rate-limiter-flexible's RateLimiterPostgres
 * table: a key ("<limit>:<subject>"), the points used in the current window and
 * the window's end in epoch milliseconds.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: bigint({ mode: "number" }),
});
