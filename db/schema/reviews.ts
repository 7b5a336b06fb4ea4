import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { orderLines } from "./orders";
import { products } from "./products";
import { users } from "./users";

export const reviewStatus = pgEnum("review_status", ["published", "hidden"]);

/** A rating with text, one per purchased order line; products.rating_* follow by trigger. */
export const reviews = pgTable(
  "reviews",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    orderLineId: integer()
      .unique()
      .references(() => orderLines.id, { onDelete: "set null" }),
    rating: smallint().notNull(),
    body: text().notNull(),
    anonymous: boolean().notNull().default(false),
    authorName: text().notNull(),
    helpfulCount: integer().notNull().default(0),
    status: reviewStatus().notNull().default("published"),
    // The merchant's public answer, shown under the review.
    merchantReply: text(),
    merchantRepliedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("reviews_rating_range", sql`${t.rating} BETWEEN 1 AND 5`),
    index("reviews_product_newest_idx")
      .on(t.productId, t.createdAt.desc())
      .where(sql`${t.status} = 'published'`),
    index("reviews_product_helpful_idx")
      .on(t.productId, t.helpfulCount.desc(), t.createdAt.desc())
      .where(sql`${t.status} = 'published'`),
    index("reviews_user_idx").on(t.userId),
  ],
);

/** "Helpful" votes, one per user and review. */
export const reviewVotes = pgTable(
  "review_votes",
  {
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] })],
);

export type ReviewRow = typeof reviews.$inferSelect;
