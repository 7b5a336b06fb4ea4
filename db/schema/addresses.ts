import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { users } from "./users";

/** A shopper's saved shipping address; at most one default per user. */
export const addresses = pgTable(
  "addresses",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fullName: text().notNull(),
    line1: text().notNull(),
    // China: province → city → district from lib/addresses/china (names as printed, regionCode the district's
    // GB/T 2260 code); elsewhere province and district stay empty and regionCode null.
    province: text().notNull().default(""),
    city: text().notNull(),
    district: text().notNull().default(""),
    regionCode: text(),
    postalCode: text().notNull(),
    country: text().notNull(),
    phone: text().notNull().default(""),
    isDefault: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index("addresses_user_idx").on(t.userId),
    uniqueIndex("addresses_one_default_per_user")
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);

export type AddressRow = typeof addresses.$inferSelect;
