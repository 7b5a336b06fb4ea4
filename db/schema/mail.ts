import { index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const mailStatus = pgEnum("mail_status", ["logged", "sent", "failed"]);

/** Every message the shop sends. Without SMTP settings it stays here (status "logged") and in the server log. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    template: text().notNull(),
    status: mailStatus().notNull(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_to_idx").on(t.to, t.createdAt)],
);

export type MailRow = typeof mailOutbox.$inferSelect;
