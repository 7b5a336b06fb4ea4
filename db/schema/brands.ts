import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const brands = pgTable("brands", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  ...timestamps,
});

export type BrandRow = typeof brands.$inferSelect;
