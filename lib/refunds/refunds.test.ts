import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderEvents, orderLines, orders, payments, refundLines, refunds } from "@/db/schema";
import { approveRefund, requestRefund } from "@/lib/orders/mutations";
import { createTestUser } from "@/lib/orders/testing";
import { RefundFailed } from "@/lib/payments/provider";
import { refundWithoutReturn } from "./mutations";
import { paidOrderOf, recordingProvider } from "./testing";

const linesOf = (orderId: string) =>
  db
    .select({ id: orderLines.id, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));
const orderRow = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!;

describe("the refund engine (real PostgreSQL)", () => {
  it("several partial refunds fired at once never exceed what was paid; the provider is asked for exactly what is recorded", async () => {
    const staff = await createTestUser();
    const { order } = await paidOrderOf([
      { price: 999, quantity: 3 },
      { price: 500, quantity: 2 },
    ]);
    const [a, b] = await linesOf(order.id);
    const provider = recordingProvider();
    // 3 + 2 units, plus the shipping, asked for one unit at a time, twice over, all at once.
    const attempts = [
      ...Array.from({ length: 6 }, () => ({ lines: [{ orderLineId: a!.id, quantity: 1 }], shipping: "none" as const })),
      ...Array.from({ length: 4 }, () => ({ lines: [{ orderLineId: b!.id, quantity: 1 }], shipping: "none" as const })),
      ...Array.from({ length: 2 }, () => ({ lines: [], shipping: "remaining" as const })),
    ];
    const results = await Promise.all(
      attempts.map((input) => refundWithoutReturn(order.id, staff, { ...input, reason: "Never arrived" }, provider.resolve)),
    );
    const after = await orderRow(order.id);
    expect(after.shippingTotal).toBeGreaterThan(0);
    expect(results.filter((r) => r.ok)).toHaveLength(3 + 2 + 1);
    const rows = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    const recorded = rows.reduce((s, r) => s + r.amount, 0);
    expect(after.refundedTotal).toBe(order.total);
    expect(recorded).toBe(order.total);
    expect(provider.calls.reduce((s, c) => s + c.amount, 0)).toBe(recorded);
    expect(new Set(provider.calls.map((c) => c.idempotencyKey))).toEqual(new Set(rows.map((r) => r.id)));
    const perLine = await db.select().from(refundLines).where(eq(refundLines.orderLineId, a!.id));
    expect(perLine.reduce((s, l) => s + l.amount, 0)).toBe(3 * 999);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment!.status).toBe("refunded");
    // Refunds of items that reach the total leave the order refunded, in one system step.
    expect(after.status).toBe("refunded");
    const steps = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(steps.filter((e) => e.toStatus === "refunded").map((e) => e.actor)).toEqual(["system"]);
    // Nothing is left: a further refund is refused, and so is a refund request; the provider was asked for nothing more.
    expect(await refundWithoutReturn(order.id, staff, { lines: [], shipping: "remaining", reason: "" }, provider.resolve)).toMatchObject({
      ok: false,
    });
    expect(await requestRefund(order.id, null, "Everything")).toMatchObject({ ok: false });
    expect(provider.calls.reduce((s, c) => s + c.amount, 0)).toBe(order.total);
  });

  it("a partial refund, then the whole-order refund of the remainder, adds up to the total; each refund is on the timeline", async () => {
    const staff = await createTestUser();
    const { order } = await paidOrderOf([{ price: 1000, quantity: 3 }]);
    const [line] = await linesOf(order.id);
    const provider = recordingProvider();
    const first = await refundWithoutReturn(
      order.id,
      staff,
      { lines: [{ orderLineId: line!.id, quantity: 1 }], shipping: "none", reason: "Dented" },
      provider.resolve,
    );
    expect(first).toMatchObject({ ok: true, refund: { amount: 1000, refundedTotal: 1000 } });
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.map((e) => e.note)).toContain("Refunded $10.00 (Dented). Payment refunded through the test gateway");
    await requestRefund(order.id, null, "The rest too");
    expect(await approveRefund(order.id, staff, { restock: false, resolve: provider.resolve })).toMatchObject({ ok: true });
    expect(provider.calls.map((c) => c.amount)).toEqual([1000, order.total - 1000]);
    const rows = await db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.createdAt));
    expect(rows.map((r) => r.kind).sort()).toEqual(["no_return", "order"]);
    expect((await orderRow(order.id)).refundedTotal).toBe(order.total);
  });

  it("a provider failure rolls the refund back: nothing recorded, nothing raised", async () => {
    const staff = await createTestUser();
    const { order } = await paidOrderOf([{ price: 1000, quantity: 2 }]);
    const [line] = await linesOf(order.id);
    const failing = recordingProvider();
    const resolve = () => ({ ...failing.resolve(), refund: async () => Promise.reject(new RefundFailed("The gateway is down.")) });
    expect(
      await refundWithoutReturn(
        order.id,
        staff,
        { lines: [{ orderLineId: line!.id, quantity: 1 }], shipping: "none", reason: "" },
        resolve,
      ),
    ).toEqual({ ok: false, error: "The gateway is down. Nothing was refunded." });
    expect((await orderRow(order.id)).refundedTotal).toBe(0);
    expect(await db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0);
  });
});
