// Helpers for integration tests of the reports (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { orderLines, orders, type OrderStatus } from "@/db/schema";

type Line = { sku: string; title: string; unitPrice: number; quantity: number };

/** An order created at `createdAt` with these lines, discount and shipping (the total follows), written straight to the tables. */
export async function insertReportOrder(opts: {
  email: string;
  status: OrderStatus;
  createdAt: string;
  paidAt?: string;
  lines: Line[];
  discount?: number;
  shipping?: number;
  refunded?: number;
  currency?: string;
}): Promise<{ id: string; number: string }> {
  const subtotal = opts.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  const discount = opts.discount ?? 0;
  const shipping = opts.shipping ?? 0;
  const created = new Date(opts.createdAt);
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        number: `MC-R-${randomUUID().slice(0, 13)}`,
        email: opts.email,
        status: opts.status,
        currency: opts.currency ?? "USD",
        subtotal,
        discountTotal: discount,
        shippingTotal: shipping,
        total: subtotal + shipping - discount,
        refundedTotal: opts.refunded ?? 0,
        shippingMethodCode: "standard",
        shippingMethodName: "Standard",
        shipName: "Ann Lee",
        shipLine1: "1 Main St",
        shipCity: "Springfield",
        shipPostalCode: "12345",
        shipCountry: "US",
        checkoutKey: randomUUID(),
        paymentProvider: "test",
        paymentDueAt: new Date(created.getTime() + 30 * 60_000),
        paidAt: opts.paidAt ? new Date(opts.paidAt) : null,
        createdAt: created,
      })
      .returning({ id: orders.id, number: orders.number });
    if (opts.lines.length) {
      await tx.insert(orderLines).values(
        opts.lines.map((l) => ({
          orderId: order!.id,
          productTitle: l.title,
          productSlug: "report-item",
          sku: l.sku,
          unitPrice: l.unitPrice,
          quantity: l.quantity,
          lineTotal: l.unitPrice * l.quantity,
        })),
      );
    }
    return order!;
  });
}

/** Every batch's records as cells, in order. */
export async function collectCells<R>(batches: AsyncIterable<R[]>, cells: (r: R) => string[]): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const batch of batches) for (const r of batch) rows.push(cells(r));
  return rows;
}
