import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { type BrandTranslation, translationsColumn } from "./translations";

export const brands = pgTable("brands", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  translations: translationsColumn<BrandTranslation>(),
  ...timestamps,
});

export type BrandRow = typeof brands.$inferSelect;
