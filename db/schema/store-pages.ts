import { pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { type StorePageTranslation, translationsColumn } from "./translations";
import { users } from "./users";

/** The store's own pages, linked from the footer at /pages/<slug>. */
export const storePageSlug = pgEnum("store_page_slug", ["about", "contact", "terms", "privacy", "shipping", "returns"]);

/** A store page's text, written in the back office as Markdown and rendered safely (no raw HTML). */
export const storePages = pgTable("store_pages", {
  slug: storePageSlug().primaryKey(),
  title: text().notNull(),
  body: text().notNull().default(""),
  translations: translationsColumn<StorePageTranslation>(),
  updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});

export type StorePageRow = typeof storePages.$inferSelect;
export type StorePageSlug = (typeof storePageSlug.enumValues)[number];
