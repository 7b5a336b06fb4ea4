import { index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// queued: waiting for the queue's worker (lib/mail/deliver.ts); failed: SMTP refused it on the last attempt, or it expired first.
export const mailStatus = pgEnum("mail_status", ["logged", "sent", "failed", "queued"]);

/**
 * Every message the shop sends, with its secrets (sign-in codes, reset and
 * order links) redacted from `text`. Without SMTP settings the outbox is the
 * delivery: the full text waits in `unsentText` for a short while only (see
 * lib/mail/outbox.ts). Rows are deleted after MAIL_OUTBOX_RETENTION_HOURS.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** The full text, secrets included, while an undelivered message (no SMTP) may still be read from here; then null. */
    unsentText: text(),
    template: text().notNull(),
    status: mailStatus().notNull(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_to_idx").on(t.to, t.createdAt), index("mail_outbox_created_at_idx").on(t.createdAt)],
);

export type MailRow = typeof mailOutbox.$inferSelect;
