import { sql } from "drizzle-orm";
import { index, integer, pgTable, timestamp } from "drizzle-orm/pg-core";
import { products } from "./products";

/**
 * Units sold per active product from paid orders (not cancelled or refunded in full)
 * in the last 7 and 30 days and in all, for the rankings (lib/rankings). A
 * rollup rebuilt every few minutes by the jobs' sweep through the SQL function
 * refresh_product_sales() (see the migration), so pages read a few indexed rows
 * instead of summing a million order lines.
 */
export const productSales = pgTable(
  "product_sales",
  {
    productId: integer()
      .primaryKey()
      .references(() => products.id, { onDelete: "cascade" }),
    // The product's category at the refresh, so a category's ranking reads only its own rows.
    categoryId: integer().notNull(),
    unitsWeek: integer().notNull().default(0),
    unitsMonth: integer().notNull().default(0),
    unitsAll: integer().notNull().default(0),
    refreshedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("product_sales_category_idx").on(t.categoryId),
    // A category's best sellers of the month read in order with a LIMIT (the recommendations' fill-up), not sorted.
    index("product_sales_category_month_idx")
      .on(t.categoryId, t.unitsMonth.desc(), t.productId.desc())
      .where(sql`${t.unitsMonth} > 0`),
    index("product_sales_week_idx")
      .on(t.unitsWeek.desc(), t.productId.desc())
      .where(sql`${t.unitsWeek} > 0`),
    index("product_sales_month_idx")
      .on(t.unitsMonth.desc(), t.productId.desc())
      .where(sql`${t.unitsMonth} > 0`),
    index("product_sales_all_idx")
      .on(t.unitsAll.desc(), t.productId.desc())
      .where(sql`${t.unitsAll} > 0`),
  ],
);
