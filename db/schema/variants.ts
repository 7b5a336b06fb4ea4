import { sql } from "drizzle-orm";
import { check, char, date, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { products } from "./products";

/** A sellable unit: one combination of option values, with its own SKU, price and stock. */
export const variants = pgTable(
  "variants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text().notNull().unique(),
    // e.g. { "Size": "M", "Color": "Black" }; keys match the product's options.
    optionValues: jsonb().$type<Record<string, string>>().notNull().default({}),
    price: integer().notNull(),
    compareAtPrice: integer(),
    currency: char({ length: 3 }).notNull().default("USD"),
    stock: integer().notNull().default(0),
    // Null: the store default (store_settings.low_stock_threshold).
    lowStockThreshold: integer(),
    position: integer().notNull().default(0),
    // Pre-order (商品预约): while set, the variant sells beyond its stock, up to
    // preorderCap units waiting at once, and those orders ship from this date.
    preorderShipsOn: date({ mode: "string" }),
    preorderCap: integer(),
    // Units ordered on pre-order that stock does not cover yet. Stock that arrives
    // fills them first, oldest order first (trigger variants_fill_preorders, see
    // the migration); only what is left is sold again or announced to `Notify me`.
    preorderBacklog: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    check("variants_price_nonnegative", sql`${t.price} >= 0`),
    check("variants_compare_at_above_price", sql`${t.compareAtPrice} IS NULL OR ${t.compareAtPrice} > ${t.price}`),
    check("variants_stock_nonnegative", sql`${t.stock} >= 0`),
    check("variants_low_stock_nonnegative", sql`${t.lowStockThreshold} IS NULL OR ${t.lowStockThreshold} >= 0`),
    check(
      "variants_preorder",
      sql`(${t.preorderShipsOn} IS NULL) = (${t.preorderCap} IS NULL) AND (${t.preorderCap} IS NULL OR ${t.preorderCap} > 0)`,
    ),
    check("variants_preorder_backlog", sql`${t.preorderBacklog} >= 0`),
    index("variants_product_idx").on(t.productId, t.position),
    index("variants_option_values_idx").using("gin", sql`${t.optionValues} jsonb_path_ops`),
  ],
);

export type VariantRow = typeof variants.$inferSelect;
export type NewVariantRow = typeof variants.$inferInsert;
