import { and, eq, inArray, sql } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { invoices, orderLines, orders, refundLines, refunds } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { bookPaymentsBatch } from "@/lib/orders/mutations/after-payment";
import { markOrderPaid } from "@/lib/orders/mutations/payment";
import { drainQueue } from "@/lib/jobs/testing";
import { checkoutInput, createTestCart, createTestVariant, paidOrder } from "@/lib/orders/testing";
import type { DocumentDetails } from "./details";
import { includedTax } from "./tax";
import { invoiceForDownload, issueCreditNote, issueInvoice } from "./mutations";
import { parseDocumentNumber } from "./numbering";
import { renderDocumentPdf } from "./pdf";
import { getOrderDocuments } from "./queries";

const invoiceOf = async (orderId: string) => {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.orderId, orderId), eq(invoices.kind, "invoice")));
  return row ?? null;
};

/** A placed, unpaid order of `quantity` × 20.00, with the checkout's optional invoice details. */
async function unpaidOrder(opts: { quantity?: number; title?: string; company?: string } = {}) {
  const { variantId } = await createTestVariant({ price: 2000, stock: 10, title: opts.title });
  const cartId = await createTestCart([{ variantId, quantity: opts.quantity ?? 1 }]);
  const invoice = opts.company ? { invoiceCompany: opts.company, invoiceTaxNumber: "91310000MA1FL8XQ3P" } : {};
  const placed = await placeOrder(checkoutInput({ email: "invoices@example.com", ...invoice }), { cartId, userId: null });
  if (!placed.ok) throw new Error(placed.error);
  return placed.order;
}

const pay = (o: { id: string; total: number; currency: string }) =>
  db.transaction((tx) =>
    markOrderPaid(tx, { orderId: o.id, provider: "test", reference: `tg_${o.id}`, amount: o.total, currency: o.currency }),
  );

/**
 * The gap-free rule over every invoice of `kind` issued this year, read in one
 * statement (one snapshot): the numbers are exactly 1..last_value, each once.
 * Other test files issue invoices at the same time, so this is checked on the
 * whole sequence rather than by expecting particular numbers.
 */
async function expectGapFree(kind: "invoice" | "credit_note") {
  const year = new Date().getUTCFullYear();
  const prefix = `${kind === "invoice" ? "INV" : "CN"}-${year}-`;
  const [row] = (await db.execute(sql`
    with nums as (select substring(number from ${prefix.length + 1}::int)::int as v from invoices where number like ${prefix + "%"})
    select (select last_value from document_sequences where name = ${`${kind}-${year}`})::int as last,
           count(*)::int as n, count(distinct v)::int as d, coalesce(max(v), 0)::int as mx, coalesce(min(v), 0)::int as mn
    from nums`)) as unknown as { last: number; n: number; d: number; mx: number; mn: number }[];
  expect(row!.n).toBeGreaterThan(0);
  expect(row).toEqual({ last: row!.n, n: row!.n, d: row!.n, mx: row!.n, mn: 1 });
}

async function pdfText(details: DocumentDetails): Promise<string> {
  const pdf = await renderDocumentPdf(details);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text;
}

describe("invoices (real PostgreSQL)", () => {
  it("a paid order's booking issues its invoice, with what it says frozen", async () => {
    const unpaid = await unpaidOrder({ quantity: 2 });
    expect(await pay(unpaid)).toBe("paid");
    expect(await invoiceOf(unpaid.id)).toBeNull(); // the payment queued its booking: numbered off the webhook's path
    await drainQueue(); // as a worker: the booking job
    expect(await invoiceOf(unpaid.id)).toMatchObject({ total: unpaid.total });
    const { order } = await paidOrder("test", { quantity: 2 }); // paid and booked
    const invoice = await invoiceOf(order.id);
    expect(invoice).not.toBeNull();
    expect(parseDocumentNumber(invoice!.number)).toMatchObject({ kind: "invoice", year: new Date().getUTCFullYear() });
    expect(invoice).toMatchObject({ total: order.total, currency: order.currency, refundId: null });
    const details = invoice!.details as DocumentDetails;
    expect(details).toMatchObject({ kind: "invoice", number: invoice!.number, orderNumber: order.number, total: order.total });
    expect(details.lines).toEqual([expect.objectContaining({ unitPrice: 2000, quantity: 2, total: 4000 })]);
    expect(details.totals.at(-1)).toEqual({ kind: "total", label: "Total", amount: order.total });
    expect(details.buyer).toMatchObject({ name: "Ann Lee", email: "refunds@example.com", company: null });
    expect(details.paidAt).not.toBeNull();
    // Paying again (a repeated webhook) or booking again issues nothing more.
    await pay(order);
    expect(await bookPaymentsBatch({ orderIds: [order.id] })).toEqual({ booked: 0, failed: 0 });
    expect(await db.$count(invoices, eq(invoices.orderId, order.id))).toBe(1);
  });

  it("two orders paid and booked at once get two numbers of one gap-free sequence", async () => {
    const [a, b] = await Promise.all([unpaidOrder(), unpaidOrder()]);
    expect(await Promise.all([pay(a!), pay(b!)])).toEqual(["paid", "paid"]);
    const booked = await Promise.all([bookPaymentsBatch({ orderIds: [a!.id] }), bookPaymentsBatch({ orderIds: [b!.id] })]);
    expect(booked.map((r) => r.booked)).toEqual([1, 1]);
    const [ia, ib] = await Promise.all([invoiceOf(a!.id), invoiceOf(b!.id)]);
    const [va, vb] = [parseDocumentNumber(ia!.number)!.value, parseDocumentNumber(ib!.number)!.value];
    expect(va).not.toBe(vb);
    await expectGapFree("invoice");
  });

  it("a booking rolled back after its invoice was numbered gives the number back", async () => {
    const order = await unpaidOrder();
    expect(await pay(order)).toBe("paid");
    let taken: string | null = null;
    await expect(
      db.transaction(async (tx) => {
        taken = (await issueInvoice(tx, order.id))!.number;
        throw new Error("the booking failed after numbering");
      }),
    ).rejects.toThrow("the booking failed");
    expect(taken).toMatch(/^INV-/);
    expect(await invoiceOf(order.id)).toBeNull();
    expect(await bookPaymentsBatch({ orderIds: [order.id] })).toEqual({ booked: 1, failed: 0 });
    expect(await invoiceOf(order.id)).not.toBeNull();
    await expectGapFree("invoice");
  });

  it("an order whose invoice cannot be issued is left due; the others in its batch are booked, with no gap", async () => {
    const [bad, good] = await Promise.all([unpaidOrder(), unpaidOrder()]);
    expect(await Promise.all([pay(bad), pay(good)])).toEqual(["paid", "paid"]);
    await db.execute(
      sql.raw(`create function refuse_invoice() returns trigger language plpgsql as $$ begin
        if new.order_id = '${bad.id}' then raise exception 'refused for the test'; end if; return new; end $$`),
    );
    await db.execute(sql`create trigger refuse_invoice before insert on invoices for each row execute function refuse_invoice()`);
    try {
      expect(await bookPaymentsBatch({ orderIds: [bad.id, good.id] })).toEqual({ booked: 1, failed: 1 });
    } finally {
      await db.execute(sql`drop trigger refuse_invoice on invoices`);
    }
    expect(await invoiceOf(good.id)).not.toBeNull();
    expect(await invoiceOf(bad.id)).toBeNull();
    const due = await db
      .select({ id: orders.id, due: orders.bookingDue })
      .from(orders)
      .where(inArray(orders.id, [bad.id, good.id]));
    expect(Object.fromEntries(due.map((d) => [d.id, d.due]))).toEqual({ [bad.id]: true, [good.id]: false });
    expect(await bookPaymentsBatch({ orderIds: [bad.id] })).toEqual({ booked: 1, failed: 0 });
    await expectGapFree("invoice");
  });

  it("an order paid before invoices existed gets its invoice on first download, once", async () => {
    const order = await unpaidOrder({ company: "上海示例贸易有限公司" });
    expect(await invoiceForDownload(order.id)).toBeNull(); // not paid: nothing to download
    expect((await getOrderDocuments(order.id)).invoiceAvailable).toBe(false);
    // As an order paid by the code before this feature: paid, no invoice.
    await db.update(orders).set({ status: "paid", paidAt: new Date() }).where(eq(orders.id, order.id));
    expect((await getOrderDocuments(order.id)).invoiceAvailable).toBe(true);
    const [first, second] = await Promise.all([invoiceForDownload(order.id), invoiceForDownload(order.id)]);
    expect(first!.number).toBe(second!.number);
    expect(await db.$count(invoices, eq(invoices.orderId, order.id))).toBe(1);
    expect((first!.details as DocumentDetails).buyer).toMatchObject({ company: "上海示例贸易有限公司", taxNumber: "91310000MA1FL8XQ3P" });
    expect((await getOrderDocuments(order.id)).invoice?.number).toBe(first!.number);
    await expectGapFree("invoice");
  });

  it("each refund gets its own credit note referring to the invoice, with the refunded lines and shipping", async () => {
    const { order } = await paidOrder("test", { quantity: 3, title: "真丝围巾 Silk scarf" });
    const invoice = await invoiceOf(order.id);
    // As issued while the store charged 6% GST: its credit notes take that rate, counted on all credited so far.
    const gst = {
      name: "GST",
      rateBasisPoints: 600,
      amount: includedTax(order.total, 600),
      net: order.total - includedTax(order.total, 600),
    };
    await db.execute(
      sql`update invoices set details = jsonb_set(details, '{tax}', ${JSON.stringify(gst)}::jsonb) where id = ${invoice!.id}`,
    );
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const refund = async (amount: number, shippingAmount: number, lines: { quantity: number; amount: number }[]) =>
      db.transaction(async (tx) => {
        const [r] = await tx
          .insert(refunds)
          .values({
            orderId: order.id,
            kind: lines.length ? "return" : "no_return",
            amount,
            shippingAmount,
            currency: order.currency,
            reason: "Too small",
          })
          .returning();
        if (lines.length) await tx.insert(refundLines).values(lines.map((l) => ({ refundId: r!.id, orderLineId: line!.id, ...l })));
        return issueCreditNote(tx, r!.id);
      });
    const first = await refund(2500, 500, [{ quantity: 1, amount: 2000 }]);
    const second = await refund(1000, 0, []);
    expect(first).toMatchObject({ kind: "credit_note", total: 2500, orderId: order.id });
    expect(first!.number).toMatch(/^CN-\d{4}-\d{6}$/);
    expect(second!.number).not.toBe(first!.number);
    const d1 = first!.details as DocumentDetails;
    expect(d1).toMatchObject({
      kind: "credit_note",
      invoiceNumber: invoice!.number,
      orderNumber: order.number,
      total: 2500,
      reason: "Too small",
    });
    expect(d1.lines).toEqual([{ title: "真丝围巾 Silk scarf", sku: line!.sku, unitPrice: null, quantity: 1, total: 2000 }]);
    expect(d1.totals).toEqual([
      { kind: "subtotal", label: "Items refunded", amount: 2000 },
      { kind: "shipping", label: "Shipping refunded", amount: 500 },
      { kind: "total", label: "Total credited", amount: 2500 },
    ]);
    const d2 = second!.details as DocumentDetails;
    expect(d2.lines).toEqual([{ title: "Amount refunded", sku: null, unitPrice: null, quantity: 1, total: 1000 }]);
    // 35.00 credited in all holds 1.98 of GST; rounded note by note it would be 1.42 + 0.57 = 1.99.
    expect([first!.taxTotal, second!.taxTotal]).toEqual([142, 56]);
    expect(d2.tax).toEqual({ name: "GST", rateBasisPoints: 600, amount: 56, net: 944 });
    // Asking again for the same refund returns its note.
    const again = await db.transaction((tx) => issueCreditNote(tx, first!.refundId!));
    expect(again!.number).toBe(first!.number);
    const docs = await getOrderDocuments(order.id);
    expect(docs.creditNotes.map((c) => c.number)).toEqual([first!.number, second!.number]);
    await expectGapFree("credit_note");

    const text = await pdfText(d1);
    for (const expected of [first!.number, invoice!.number, order.number, "真丝围巾 Silk scarf", "Credit note"])
      expect(text).toContain(expected);
  });

  it("the PDF is A4 and its text reads back: numbers, the store, the lines with a Chinese title, the totals", async () => {
    const { order } = await paidOrder("test", { quantity: 2, title: "手工陶瓷茶杯 Tea cup" });
    const invoice = await invoiceOf(order.id);
    const details = invoice!.details as DocumentDetails;
    const pdf = await renderDocumentPdf(details);
    const proxy = await getDocumentProxy(new Uint8Array(pdf));
    const page = await proxy.getPage(1);
    const [, , width, height] = page.view;
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
    const { text } = await extractText(proxy, { mergePages: true });
    for (const expected of [invoice!.number, order.number, details.seller.name, "手工陶瓷茶杯 Tea cup", "Ann Lee", "Total", "$40.00"]) {
      expect(text).toContain(expected);
    }
  });
});
