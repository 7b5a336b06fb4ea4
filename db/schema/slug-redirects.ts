import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { products } from "./products";

/** A product's former slugs: `/p/<old>` redirects to the product's current slug. */
export const productSlugRedirects = pgTable(
  "product_slug_redirects",
  {
    slug: text().primaryKey(),
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_slug_redirects_product_idx").on(t.productId)],
);
