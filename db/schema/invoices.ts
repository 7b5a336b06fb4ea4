import { sql } from "drizzle-orm";
import { char, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orders } from "./orders";
import { refunds } from "./refunds";

export const invoiceKind = pgEnum("invoice_kind", ["invoice", "credit_note"]);

/**
 * Gap-free counters for documents that must be numbered without holes (invoices,
 * credit notes): the next number is taken by an UPDATE … RETURNING in the
 * transaction that issues the document, so a rollback gives the number back.
 */
export const documentSequences = pgTable("document_sequences", {
  name: text().primaryKey(),
  lastValue: integer().notNull().default(0),
});

/**
 * An issued invoice (one per paid order) or credit note (one per refund). What
 * it says is frozen at issue (`details`: seller, buyer, lines, tax lines, totals),
 * so later edits to settings or the order never change an issued document; the PDF
 * is drawn from it on request.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: invoiceKind().notNull(),
    number: text().notNull().unique(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    refundId: uuid().references(() => refunds.id, { onDelete: "cascade" }),
    currency: char({ length: 3 }).notNull(),
    /** Minor units: the document's total (a credit note's is the refunded amount, positive). */
    total: integer().notNull(),
    taxTotal: integer().notNull().default(0),
    details: jsonb().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("invoices_amounts", sql`${t.total} >= 0 AND ${t.taxTotal} >= 0`),
    check("invoices_kind_refund", sql`(${t.kind} = 'credit_note') = (${t.refundId} IS NOT NULL)`),
    index("invoices_order_idx").on(t.orderId, t.issuedAt),
    // One invoice per order; one credit note per refund (the unique refund id).
    uniqueIndex("invoices_one_per_order")
      .on(t.orderId)
      .where(sql`${t.kind} = 'invoice'`),
    unique("invoices_refund_key").on(t.refundId),
  ],
);

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceKind = (typeof invoiceKind.enumValues)[number];
