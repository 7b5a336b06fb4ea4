import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** A signed-in shopper's recent searches (normalised, lower case), newest kept; see lib/search-history. */
export const searchHistory = pgTable(
  "search_history",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    query: text().notNull(),
    searchedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.query] }), index("search_history_user_idx").on(t.userId, t.searchedAt)],
);

/** How often each query that found products was searched per day: the source of "popular searches". */
export const searchCounts = pgTable(
  "search_counts",
  {
    day: date({ mode: "string" }).notNull(),
    query: text().notNull(),
    count: integer().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.day, t.query] })],
);
