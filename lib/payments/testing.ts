// Helpers for integration tests of payments (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { orderEvents, orders, paymentEvents, payments } from "@/db/schema";

/** An order awaiting payment, inserted directly (tests of payments need no cart). */
export async function createPendingOrder(opts: { total?: number; currency?: string; dueInMinutes?: number } = {}) {
  const total = opts.total ?? 4599;
  const [seq] = await db.execute<{ n: string }>(sql`select nextval('order_number_seq')::text as n`);
  const [order] = await db
    .insert(orders)
    .values({
      number: `MC-${new Date().getFullYear()}-${seq!.n.padStart(6, "0")}`,
      email: `${randomUUID()}@example.com`,
      currency: opts.currency ?? "USD",
      subtotal: total - 500,
      shippingTotal: 500,
      total,
      shippingMethodCode: "standard",
      shippingMethodName: "Standard",
      shipName: "Test Shopper",
      shipLine1: "1 Test Street",
      shipCity: "Testville",
      shipPostalCode: "12345",
      shipCountry: "US",
      checkoutKey: randomUUID(),
      paymentProvider: "test",
      paymentDueAt: new Date(Date.now() + (opts.dueInMinutes ?? 30) * 60_000),
    })
    .returning();
  return order!;
}

/** What a payment changed: the order's status, the payment row, its "paid" events and handled provider events. */
export async function snapshot(orderId: string, paymentId: string) {
  const [order] = await db.select({ status: orders.status, paidAt: orders.paidAt }).from(orders).where(eq(orders.id, orderId));
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  const paidEvents = await db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.toStatus, "paid")));
  const handled = await db.select({ n: sql<number>`count(*)::int` }).from(paymentEvents)
    .where(sql`${paymentEvents.payload}->>'reference' = ${payment!.providerReference}
      or ${paymentEvents.payload}#>>'{data,object,id}' = ${payment!.providerReference}`);
  return {
    orderStatus: order!.status,
    paidAt: order!.paidAt,
    payment: payment!,
    paidEvents: paidEvents.length,
    handledEvents: handled[0]!.n,
  };
}
