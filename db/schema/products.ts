import { sql } from "drizzle-orm";
import { check, customType, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, boolean, char } from "drizzle-orm/pg-core";
import { brands } from "./brands";
import { categories } from "./categories";
import { timestamps } from "./columns";
import { type ProductTranslation, translationsColumn } from "./translations";

export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A spec row shown in the product page's table, in order. */
export type ProductSpec = { name: string; value: string };
/** An option such as Size with its values in display order. */
export type ProductOption = { name: string; values: string[] };

export const products = pgTable(
  "products",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    description: text().notNull().default(""),
    status: productStatus().notNull().default("draft"),
    categoryId: integer()
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    brandId: integer().references(() => brands.id, { onDelete: "set null" }),
    options: jsonb().$type<ProductOption[]>().notNull().default([]),
    specs: jsonb().$type<ProductSpec[]>().notNull().default([]),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    currency: char({ length: 3 }).notNull().default("USD"),
    // Denormalised from variants, reviews and orders so listings sort and
    // filter on indexed columns; kept current by the writes that change them.
    priceMin: integer().notNull().default(0),
    priceMax: integer().notNull().default(0),
    inStock: boolean().notNull().default(false),
    // "Name:Value" of every variant's options (e.g. "Color:Black"), for filters and facet counts.
    optionTags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ratingAvg: numeric({ precision: 3, scale: 2, mode: "number" }).notNull().default(0),
    ratingCount: integer().notNull().default(0),
    salesCount: integer().notNull().default(0),
    // Bought again and again (coffee, filters): "Recommended for you" may offer it to those who bought it.
    consumable: boolean().notNull().default(false),
    // Title, description, specs and option names in other languages (see translations.ts).
    translations: translationsColumn<ProductTranslation>(),
    // Short text for trigram matching (title, brand, tags), the weighted
    // full-text vector, and a plain-word vector for prefix suggestions; all
    // maintained by a trigger (see migrations).
    searchText: text().notNull().default(""),
    searchVector: tsvector(),
    searchWords: tsvector(),
    publishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("products_price_range", sql`${t.priceMin} >= 0 AND ${t.priceMax} >= ${t.priceMin}`),
    check("products_rating_range", sql`${t.ratingAvg} >= 0 AND ${t.ratingAvg} <= 5`),
    index("products_brand_idx").on(t.brandId),
    // Rankings' "most reviewed".
    index("products_most_reviewed_idx")
      .on(t.ratingCount.desc(), t.id)
      .where(sql`${t.status} = 'active' AND ${t.ratingCount} > 0`),
    index("products_category_popular_idx")
      .on(t.categoryId, t.salesCount.desc(), t.id)
      .where(sql`${t.status} = 'active'`),
    index("products_category_newest_idx")
      .on(t.categoryId, t.publishedAt.desc(), t.id)
      .where(sql`${t.status} = 'active'`),
    index("products_category_price_idx")
      .on(t.categoryId, t.priceMin, t.id)
      .where(sql`${t.status} = 'active'`),
    // Counts and facets of a category's listing, filtered or not, read from the index alone (index-only scan).
    index("products_category_filter_idx")
      .on(t.categoryId, t.inStock, t.priceMin, t.priceMax, t.brandId, t.optionTags)
      .where(sql`${t.status} = 'active'`),
    // "Top rated": average, then the number of reviews, as the listing sorts (lib/catalog/listing-order.ts).
    index("products_category_rating_idx")
      .on(t.categoryId, t.ratingAvg.desc(), t.ratingCount.desc(), t.id)
      .where(sql`${t.status} = 'active'`),
    index("products_popular_idx")
      .on(t.salesCount.desc(), t.id)
      .where(sql`${t.status} = 'active'`),
    index("products_newest_idx")
      .on(t.publishedAt.desc(), t.id)
      .where(sql`${t.status} = 'active'`),
    index("products_search_vector_idx").using("gin", t.searchVector),
    index("products_search_words_idx").using("gin", t.searchWords),
    index("products_option_tags_idx").using("gin", t.optionTags),
    index("products_search_text_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("products_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

export type ProductRow = typeof products.$inferSelect;
export type NewProductRow = typeof products.$inferInsert;
