import { bigint, index, pgTable, text } from "drizzle-orm/pg-core";

/**
 * When each cache tag was last revalidated (ms since epoch), shared by every
 * app instance: an instance treats its cached entries for a tag as stale once
 * another instance has revalidated that tag.
 */
export const cacheTagRevalidations = pgTable(
  "cache_tag_revalidations",
  {
    tag: text().primaryKey(),
    revalidatedAt: bigint({ mode: "number" }).notNull(),
  },
  // Each instance polls for the rows changed since its last look.
  (t) => [index("cache_tag_revalidations_at_idx").on(t.revalidatedAt)],
);
