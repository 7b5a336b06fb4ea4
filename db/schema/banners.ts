import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { type BannerTranslation, translationsColumn } from "./translations";

/** Home-page banners, shown in position order while inside their schedule. */
export const banners = pgTable(
  "banners",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    subtitle: text().notNull().default(""),
    imageUrl: text().notNull(),
    linkUrl: text().notNull(),
    position: integer().notNull().default(0),
    translations: translationsColumn<BannerTranslation>(),
    active: boolean().notNull().default(true),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("banners_position_idx").on(t.position)],
);

export type BannerRow = typeof banners.$inferSelect;
