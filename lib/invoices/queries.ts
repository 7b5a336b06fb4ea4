import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { invoices, orders, type InvoiceKind, type InvoiceRow } from "@/db/schema";
import { isOrderNumber } from "@/lib/orders/order-number";

export type DocumentSummary = { kind: InvoiceKind; number: string; issuedAt: Date; total: number; currency: string };

/**
 * What the order pages list under "Invoices": whether the order has been paid
 * (its invoice can then be downloaded, issued on first download for an order paid
 * before invoices existed), the invoice and each credit note, oldest first.
 */
export type OrderDocuments = { invoiceAvailable: boolean; invoice: DocumentSummary | null; creditNotes: DocumentSummary[] };

export async function getOrderDocuments(orderId: string): Promise<OrderDocuments> {
  const [[order], rows] = await Promise.all([
    db.select({ paidAt: orders.paidAt }).from(orders).where(eq(orders.id, orderId)).limit(1),
    db
      .select({
        kind: invoices.kind,
        number: invoices.number,
        issuedAt: invoices.issuedAt,
        total: invoices.total,
        currency: invoices.currency,
      })
      .from(invoices)
      .where(eq(invoices.orderId, orderId))
      .orderBy(asc(invoices.issuedAt), asc(invoices.number)),
  ]);
  const invoice = rows.find((r) => r.kind === "invoice") ?? null;
  return {
    invoiceAvailable: invoice !== null || Boolean(order?.paidAt),
    invoice,
    creditNotes: rows.filter((r) => r.kind === "credit_note"),
  };
}

/** The order's id and owner by number (for the download routes' access checks); null for anything else. */
export async function findOrderByNumber(number: string): Promise<{ id: string; userId: string | null; number: string } | null> {
  const normalised = number.trim().toUpperCase();
  if (!isOrderNumber(normalised)) return null;
  const [row] = await db
    .select({ id: orders.id, userId: orders.userId, number: orders.number })
    .from(orders)
    .where(eq(orders.number, normalised))
    .limit(1);
  return row ?? null;
}

/** An issued credit note of this order by its number; null when the order has none by that number. */
export async function getCreditNote(orderId: string, number: string): Promise<InvoiceRow | null> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.orderId, orderId), eq(invoices.kind, "credit_note"), eq(invoices.number, number)))
    .limit(1);
  return row ?? null;
}
