import { type AnyPgColumn, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { type CategoryTranslation, translationsColumn } from "./translations";

/** A tree: top-level categories have no parent. */
export const categories = pgTable(
  "categories",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer().references((): AnyPgColumn => categories.id, { onDelete: "restrict" }),
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull().default(""),
    imageUrl: text(),
    position: integer().notNull().default(0),
    translations: translationsColumn<CategoryTranslation>(),
    ...timestamps,
  },
  (t) => [index().on(t.parentId, t.position)],
);

export type CategoryRow = typeof categories.$inferSelect;
