import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { products } from "./products";
import { users } from "./users";

/** pending: waiting for staff; answered: shown on the product page; hidden: taken down by staff. */
export const productQuestionStatus = pgEnum("product_question_status", ["pending", "answered", "hidden"]);

/** A shopper's question about a product (the seeds' 咨询) and the store's public answer. */
export const productQuestions = pgTable(
  "product_questions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The name shown with the question (first name and initial), fixed when asked. */
    askerName: text().notNull(),
    question: text().notNull(),
    answer: text(),
    answeredBy: uuid().references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp({ withTimezone: true }),
    status: productQuestionStatus().notNull().default("pending"),
    ...timestamps,
  },
  (t) => [
    // The product page: answered questions of a product, newest answer first.
    index("product_questions_answered_idx")
      .on(t.productId, t.answeredAt.desc())
      .where(sql`${t.status} = 'answered'`),
    // The back office's queue (and the nav count): unanswered, oldest first.
    index("product_questions_pending_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
    index("product_questions_user_idx").on(t.userId),
  ],
);

export type ProductQuestionRow = typeof productQuestions.$inferSelect;
export type ProductQuestionStatus = (typeof productQuestionStatus.enumValues)[number];
