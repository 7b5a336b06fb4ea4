// Helpers for integration tests of the reports (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
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

/**
 * `count` paid orders of one line each, one every 5 minutes from 1997-01-01 (no other test uses 1997),
 * numbered MC-L-<tag>-<n>, in one statement on `client` (e.g. inside a transaction the test rolls back).
 */
export async function insertBulkOrders(client: postgres.Sql, { tag, email, count }: { tag: string; email: string; count: number }) {
  await client`
    with o as (
      insert into orders (number, email, status, currency, subtotal, shipping_total, discount_total, total,
        shipping_method_code, shipping_method_name, ship_name, ship_line1, ship_city, ship_postal_code, ship_country,
        checkout_key, payment_provider, payment_due_at, paid_at, created_at, updated_at)
      select 'MC-L-' || ${tag}::text || '-' || i, ${email}::text, 'paid', 'USD', 1999, 500, 0, 2499,
        'standard', 'Standard', 'Bulk Buyer', '1 Bulk Row', 'Springfield', '12345', 'US',
        ${tag}::text || '-' || i, 'test', t + interval '30 minutes', t, t, t
        from generate_series(1, ${count}::int) i,
             lateral (select timestamptz '1997-01-01 00:00:00+00' + i * interval '5 minutes' as t) at
      returning id)
    insert into order_lines (order_id, product_title, product_slug, sku, unit_price, quantity, line_total)
    select id, '批量商品 bulk item, "quoted"', 'bulk-item', 'BULK-1', 1999, 1, 1999 from o`;
}
