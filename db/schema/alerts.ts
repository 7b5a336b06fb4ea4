import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid, bigint } from "drizzle-orm/pg-core";
import { users } from "./users";

/** What the back office tells staff about without them looking. */
export const staffAlertKind = pgEnum("staff_alert_kind", [
  "order_paid",
  "refund_requested",
  "return_requested",
  "product_question",
  "low_stock",
  "payment_failed",
  // Stock filled the last waiting pre-order line of a paid order: it may ship now.
  "preorder_ready",
]);

/**
 * Something that happened which staff may want to know (one row per event, for
 * the whole team). Who sees it in the bell and who gets an e-mail follows each
 * staff member's preferences; `emailedAt` is set once the e-mails went out (off
 * the request path).
 */
export const staffAlerts = pgTable(
  "staff_alerts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: staffAlertKind().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    /** The back-office page to open, e.g. /admin/orders/… */
    href: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    emailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("staff_alerts_created_idx").on(t.createdAt.desc()),
    index("staff_alerts_unemailed_idx")
      .on(t.id)
      .where(sql`${t.emailedAt} IS NULL`),
  ],
);

/** Which alerts a staff member has read (the bell's unread count is what is not here). */
export const staffAlertReads = pgTable(
  "staff_alert_reads",
  {
    alertId: bigint({ mode: "number" })
      .notNull()
      .references(() => staffAlerts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.alertId] })],
);

/** A staff member's choice per kind of alert; no row means the default (bell on, e-mail on). */
export const staffAlertPreferences = pgTable(
  "staff_alert_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: staffAlertKind().notNull(),
    bell: boolean().notNull().default(true),
    email: boolean().notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type StaffAlertRow = typeof staffAlerts.$inferSelect;
export type StaffAlertKind = (typeof staffAlertKind.enumValues)[number];
