import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { mailStatus } from "./mail";
import { users } from "./users";

/**
 * Every text message the shop sends, with its secrets (codes) redacted from
 * `text`, like mail_outbox. Without an SMS provider the outbox is the delivery:
 * the full text waits in `unsentText` for a short while only (lib/sms/outbox.ts).
 */
export const smsOutbox = pgTable(
  "sms_outbox",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** E.164, e.g. +8613800138000. */
    to: text().notNull(),
    text: text().notNull(),
    unsentText: text(),
    template: text().notNull(),
    status: mailStatus().notNull(),
    /** The provider that took it (twilio), null when only logged. */
    provider: text(),
    providerMessageId: text(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sms_outbox_to_idx").on(t.to, t.createdAt), index("sms_outbox_created_at_idx").on(t.createdAt)],
);

/** sign_in: a code that signs in (or signs up) by phone; verify: a signed-in account proving a number it adds. */
export const smsCodePurpose = pgEnum("sms_code_purpose", ["sign_in", "verify"]);

/** One-time SMS codes; only a hash is stored, bound to the number (and, for `verify`, to the account). */
export const smsCodes = pgTable(
  "sms_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    purpose: smsCodePurpose().notNull(),
    phone: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sms_codes_phone_idx").on(t.phone, t.purpose, t.createdAt), index("sms_codes_user_idx").on(t.userId)],
);

export type SmsRow = typeof smsOutbox.$inferSelect;
