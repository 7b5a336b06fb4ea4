import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { variants } from "./variants";

/**
 * `Notify me` on a sold-out variant: an e-mail (a signed-in shopper's own, or
 * a guest's) to tell once, when stock comes back. One pending subscription per
 * variant and address; `notifiedAt` is set when the e-mail went out (by the
 * periodic job, lib/back-in-stock/notify.ts), after which the address may subscribe again.
 */
export const stockSubscriptions = pgTable(
  "stock_subscriptions",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    email: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    notifiedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("stock_subscriptions_pending_uniq")
      .on(t.variantId, t.email)
      .where(sql`${t.notifiedAt} IS NULL`),
    // The job's walk: a variant's pending subscribers, oldest first.
    index("stock_subscriptions_pending_idx")
      .on(t.variantId, t.createdAt, t.id)
      .where(sql`${t.notifiedAt} IS NULL`),
    index("stock_subscriptions_user_idx").on(t.userId),
  ],
);

/**
 * Stock that arrived for a variant someone waits for: written by a trigger on
 * `variants` (whoever raised the stock: adjustment, import, cancellation,
 * return, product form) and consumed by the job, which e-mails up to
 * units × the store's back-in-stock multiple of the waiting subscribers.
 */
export const stockArrivals = pgTable(
  "stock_arrivals",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    units: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("stock_arrivals_units_positive", sql`${t.units} > 0`), index("stock_arrivals_variant_idx").on(t.variantId)],
);

export type StockSubscriptionRow = typeof stockSubscriptions.$inferSelect;
