import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { invoices, orderLines, orders, refundLines, refunds, type InvoiceKind, type InvoiceRow } from "@/db/schema";
import { listOrderDiscounts } from "@/lib/orders/queries/discounts";
import { buildCreditNoteDetails, buildInvoiceDetails, type DocumentDetails, type SellerSettings } from "./details";
import { formatDocumentNumber, sequenceName } from "./numbering";
import { readSellerSettings } from "./settings";

/**
 * The next number of this kind for the year of `at`, taken in the caller's
 * transaction: the sequence row stays locked until it commits (so concurrent
 * issues line up one after the other) and a rollback gives the number back, so
 * a year's numbers have no gaps.
 */
export async function nextDocumentNumber(tx: Tx, kind: InvoiceKind, at: Date): Promise<string> {
  const year = at.getUTCFullYear();
  const rows = await tx.execute<{ last_value: number }>(sql`
    insert into document_sequences (name, last_value) values (${sequenceName(kind, year)}, 1)
    on conflict (name) do update set last_value = document_sequences.last_value + 1
    returning last_value`);
  return formatDocumentNumber(kind, year, Number(rows[0]!.last_value));
}

async function findInvoice(tx: Tx, orderId: string): Promise<InvoiceRow | null> {
  const [row] = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.orderId, orderId), eq(invoices.kind, "invoice")))
    .limit(1);
  return row ?? null;
}

async function readOrderLines(tx: Tx, orderId: string) {
  return tx
    .select({
      id: orderLines.id,
      productTitle: orderLines.productTitle,
      variantTitle: orderLines.variantTitle,
      sku: orderLines.sku,
      unitPrice: orderLines.unitPrice,
      quantity: orderLines.quantity,
      lineTotal: orderLines.lineTotal,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));
}

/**
 * Issues the invoice of a paid order inside the caller's transaction (the one
 * that marks it paid, or a download of an order paid before invoices existed),
 * freezing what it says; returns the existing invoice when there is one. Locks
 * the order row first, as every order change does, so one order never gets two.
 * Null when there is no such order. `seller`: the seller settings when the caller read them
 * already (a batch issuing many invoices in one transaction).
 */
export async function issueInvoice(tx: Tx, orderId: string, seller?: SellerSettings): Promise<InvoiceRow | null> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  if (!order) return null;
  const existing = await findInvoice(tx, orderId);
  if (existing) return existing;
  const issuedAt = new Date();
  const [lines, discounts, sellerSettings] = await Promise.all([
    readOrderLines(tx, orderId),
    listOrderDiscounts(tx, orderId),
    seller ?? readSellerSettings(tx),
  ]);
  const number = await nextDocumentNumber(tx, "invoice", issuedAt);
  const details = buildInvoiceDetails({ number, issuedAt, order, lines, discounts, seller: sellerSettings });
  const [row] = await tx
    .insert(invoices)
    .values({
      kind: "invoice",
      number,
      orderId,
      currency: order.currency,
      total: order.total,
      taxTotal: details.tax?.amount ?? 0,
      details,
      issuedAt,
    })
    .returning();
  return row!;
}

/**
 * Issues the credit note of one refund (call it in the transaction that records
 * the refund): the refunded lines or amount, the shipping given back and the
 * tax included, referring to the order's invoice (issued first if the order has
 * none yet). Returns the existing credit note when the refund already has one;
 * null when there is no such refund.
 */
export async function issueCreditNote(tx: Tx, refundId: string): Promise<InvoiceRow | null> {
  const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).limit(1);
  if (!refund) return null;
  // The order's lock (taken by issueInvoice) orders credit notes of one order like everything else on it.
  const invoice = await issueInvoice(tx, refund.orderId);
  if (!invoice) return null;
  const [existing] = await tx.select().from(invoices).where(eq(invoices.refundId, refundId)).limit(1);
  if (existing) return existing;
  const issuedAt = new Date();
  const [lines, returned, seller, [creditedBefore]] = await Promise.all([
    readOrderLines(tx, refund.orderId),
    tx
      .select({ orderLineId: refundLines.orderLineId, quantity: refundLines.quantity, amount: refundLines.amount })
      .from(refundLines)
      .where(eq(refundLines.refundId, refundId))
      .orderBy(asc(refundLines.id)),
    readSellerSettings(tx),
    // The order's earlier credit notes (this refund has none yet), under the order's lock: their tax counts for this one's.
    tx
      .select({
        total: sql<number>`coalesce(sum(${invoices.total}), 0)::int`,
        tax: sql<number>`coalesce(sum(${invoices.taxTotal}), 0)::int`,
      })
      .from(invoices)
      .where(and(eq(invoices.orderId, refund.orderId), eq(invoices.kind, "credit_note"))),
  ]);
  const number = await nextDocumentNumber(tx, "credit_note", issuedAt);
  const details = buildCreditNoteDetails({
    number,
    issuedAt,
    invoice: invoice.details as DocumentDetails,
    refund,
    refundLines: returned,
    orderLines: lines,
    seller,
    creditedBefore: creditedBefore ?? { total: 0, tax: 0 },
  });
  const [row] = await tx
    .insert(invoices)
    .values({
      kind: "credit_note",
      number,
      orderId: refund.orderId,
      refundId,
      currency: refund.currency,
      total: refund.amount,
      taxTotal: details.tax?.amount ?? 0,
      details,
      issuedAt,
    })
    .returning();
  return row!;
}

/**
 * The invoice of an order for a download: the issued one, or, for an order paid
 * before invoices existed, one issued now (same numbering). Null while the order
 * has not been paid.
 */
export async function invoiceForDownload(orderId: string): Promise<InvoiceRow | null> {
  const [found] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.orderId, orderId), eq(invoices.kind, "invoice")))
    .limit(1);
  if (found) return found;
  return db.transaction(async (tx) => {
    const [order] = await tx.select({ paidAt: orders.paidAt }).from(orders).where(eq(orders.id, orderId)).limit(1);
    if (!order?.paidAt) return null;
    return issueInvoice(tx, orderId);
  });
}
