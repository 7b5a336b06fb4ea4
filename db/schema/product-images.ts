import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { products } from "./products";
import { variants } from "./variants";

export const productImages = pgTable(
  "product_images",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    // Set when the picture shows one variant (a colour, say).
    variantId: integer().references(() => variants.id, { onDelete: "set null" }),
    url: text().notNull(),
    alt: text().notNull().default(""),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position)],
);

export type ProductImageRow = typeof productImages.$inferSelect;
