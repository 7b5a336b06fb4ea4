// Helpers for integration tests of the dashboard and customers (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { orderEvents, orderLines, orders, refunds, type OrderStatus } from "@/db/schema";

type Line = { productId: number; variantId: number; title: string; unitPrice: number; quantity: number };

/**
 * An order written as it would stand after its history: `paidAt` null for one never paid,
 * `refundedAt` adds a whole-order refund then (its refunds row and event). The total is the lines' sum, or `total`.
 */
export async function insertOrderAt(opts: {
  status: OrderStatus;
  paidAt: string | null;
  total?: number;
  lines?: Line[];
  refundedAt?: string;
  userId?: string | null;
  currency?: string;
  createdAt?: string;
}): Promise<{ id: string; number: string; total: number }> {
  const lines = opts.lines ?? [];
  const total = opts.total ?? lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  const number = `MC-T-${randomUUID().slice(0, 13)}`;
  const created = new Date(opts.createdAt ?? opts.paidAt ?? new Date().toISOString());
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        number,
        userId: opts.userId ?? null,
        email: "analytics@example.com",
        status: opts.status,
        currency: opts.currency ?? "USD",
        subtotal: total,
        shippingTotal: 0,
        total,
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
      .returning({ id: orders.id });
    if (lines.length) {
      await tx.insert(orderLines).values(
        lines.map((l) => ({
          orderId: order!.id,
          productId: l.productId,
          variantId: l.variantId,
          productTitle: l.title,
          productSlug: `slug-${l.productId}`,
          sku: `SKU-${l.variantId}`,
          unitPrice: l.unitPrice,
          quantity: l.quantity,
          lineTotal: l.unitPrice * l.quantity,
        })),
      );
    }
    if (opts.refundedAt) {
      // As the refund engine records a whole-order refund: the refund row (what the dashboard counts) and its event.
      if (total > 0) {
        await tx.insert(refunds).values({
          orderId: order!.id,
          kind: "order",
          amount: total,
          currency: opts.currency ?? "USD",
          createdAt: new Date(opts.refundedAt),
        });
        await tx.update(orders).set({ refundedTotal: total }).where(eq(orders.id, order!.id));
      }
      await tx.insert(orderEvents).values({
        orderId: order!.id,
        fromStatus: "refund_requested",
        toStatus: "refunded",
        actor: "staff",
        createdAt: new Date(opts.refundedAt),
      });
    }
    return { id: order!.id, number, total };
  });
}
