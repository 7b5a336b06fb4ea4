import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { products } from "./products";

/**
 * "Customers also bought": how many paid orders held both products, stored in
 * both directions so a product page reads its top rows from one index. Kept by
 * the jobs' sweep from orders whose pairs_counted_at is still null
 * (lib/recommendations), so a paid order shows within a sweep and no page ever
 * scans order lines.
 */
export const productPairs = pgTable(
  "product_pairs",
  {
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    otherId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    orders: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.otherId] }),
    check("product_pairs_distinct", sql`${t.productId} <> ${t.otherId}`),
    check("product_pairs_orders_positive", sql`${t.orders} > 0`),
    index("product_pairs_top_idx").on(t.productId, t.orders.desc(), t.otherId),
    index("product_pairs_other_idx").on(t.otherId),
  ],
);
