import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { inventoryMovements, orderEvents, orderLines, orders, refunds, returnRequests, variants } from "@/db/schema";
import { completeOrdersAutomatically } from "@/lib/orders/mutations/auto-complete";
import { createTestUser, stockOf } from "@/lib/orders/testing";
import { paidOrderOf, recordingProvider } from "@/lib/refunds/testing";
import { returnableLines } from "./queries";
import {
  approveReturn,
  createReturn,
  receiveReturn,
  refundReturn,
  rejectReturn,
  sendReturn,
  shipExchange,
  withdrawReturn,
} from "./mutations";

const DAY = 86_400_000;

/** A paid order moved to delivered `daysAgo` days ago, with its lines. */
async function deliveredOrder(lines: { price: number; quantity: number }[], daysAgo = 1) {
  const placed = await paidOrderOf(lines);
  const at = new Date(Date.now() - daysAgo * DAY);
  await db.update(orders).set({ status: "delivered", shippedAt: at, deliveredAt: at }).where(eq(orders.id, placed.order.id));
  const rows = await db.select().from(orderLines).where(eq(orderLines.orderId, placed.order.id)).orderBy(asc(orderLines.id));
  return { ...placed, lines: rows };
}

const statusOf = async (number: string) =>
  (await db.select({ status: returnRequests.status }).from(returnRequests).where(eq(returnRequests.number, number)))[0]!.status;

describe("returns (real PostgreSQL)", () => {
  it("a partial return: two staff approving at once approve once, two refunding at once refund once, for exactly its lines", async () => {
    const staff = await createTestUser();
    const { order, lines, variantIds } = await deliveredOrder([
      { price: 1200, quantity: 2 },
      { price: 800, quantity: 1 },
      { price: 500, quantity: 1 },
    ]);
    const stockBefore = await stockOf(variantIds[0]!);
    const created = await createReturn(order.id, null, {
      lines: [{ orderLineId: lines[0]!.id, quantity: 1 }],
      reason: "Too small for the kitchen",
      resolution: "refund",
      exchange: {},
    });
    expect(created).toMatchObject({ ok: true, number: `${order.number}-R1` });
    if (!created.ok) return;
    // The same unit cannot be asked for twice; the other unit can.
    expect(
      await createReturn(order.id, null, {
        lines: [{ orderLineId: lines[0]!.id, quantity: 2 }],
        reason: "Both of them",
        resolution: "refund",
        exchange: {},
      }),
    ).toEqual({ ok: false, error: `You can return at most 1 of ${lines[0]!.productTitle}.` });

    const approvals = await Promise.all([approveReturn(created.number, staff, "Send it back"), approveReturn(created.number, staff)]);
    expect(approvals.filter((r) => r.ok)).toHaveLength(1);
    expect(await sendReturn(created.number, order.id, null, { carrier: "DHL", trackingNumber: "RT123456" })).toMatchObject({ ok: true });
    // Back in stock: the action revalidates the product's page.
    expect(await receiveReturn(created.number, staff, { [lines[0]!.id]: 1 })).toMatchObject({ ok: true, slugs: [lines[0]!.productSlug] });
    expect(await stockOf(variantIds[0]!)).toBe(stockBefore + 1);
    const [movement] = await db
      .select()
      .from(inventoryMovements)
      .where(and(eq(inventoryMovements.variantId, variantIds[0]!), eq(inventoryMovements.reason, "return")));
    expect(movement).toMatchObject({ delta: 1, orderId: order.id });

    const provider = recordingProvider();
    const refunded = await Promise.all([
      refundReturn(created.number, staff, provider.resolve),
      refundReturn(created.number, staff, provider.resolve),
    ]);
    expect(refunded.filter((r) => r.ok)).toHaveLength(1);
    expect(provider.calls.map((c) => c.amount)).toEqual([1200]);
    const rows = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(rows).toMatchObject([{ kind: "return", amount: 1200, shippingAmount: 0 }]);
    expect(await statusOf(created.number)).toBe("refunded");
    // The refunded unit is counted once: the other unit may still come back.
    expect((await returnableLines(db, order.id)).map((l) => l.returnable)).toEqual([1, 1, 1]);
    const notes = (await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id))).map((e) => e.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`Return ${created.number} requested`),
        expect.stringContaining(`Return ${created.number} approved: Send it back`),
        expect.stringContaining("RT123456"),
        expect.stringContaining(`Return ${created.number} received`),
        expect.stringContaining("Refunded $12.00"),
      ]),
    );
  });

  it("an exchange ships another variant of the product, taking its stock with the reason exchange", async () => {
    const staff = await createTestUser();
    const { order, lines, variantIds } = await deliveredOrder([{ price: 1500, quantity: 1 }]);
    const [other] = await db
      .insert(variants)
      .values({ productId: lines[0]!.productId!, sku: `SKU-XL-${order.number}`, price: 1500, stock: 3, optionValues: { Size: "XL" } })
      .returning({ id: variants.id });
    expect(
      await createReturn(order.id, null, {
        lines: [{ orderLineId: lines[0]!.id, quantity: 1 }],
        reason: "Too small",
        resolution: "exchange",
        exchange: {},
      }),
    ).toEqual({ ok: false, error: `Choose what you want instead of ${lines[0]!.productTitle}.` });
    const created = await createReturn(order.id, null, {
      lines: [{ orderLineId: lines[0]!.id, quantity: 1 }],
      reason: "Too small",
      resolution: "exchange",
      exchange: { [lines[0]!.id]: other!.id },
    });
    if (!created.ok) throw new Error(created.error);
    await approveReturn(created.number, staff);
    expect(await refundReturn(created.number, staff)).toMatchObject({ ok: false });
    expect(await receiveReturn(created.number, staff, { [lines[0]!.id]: 0 })).toMatchObject({ ok: true, slugs: [] });
    expect(await stockOf(variantIds[0]!)).toBe(19); // not resaleable: nothing back
    expect(await shipExchange(created.number, staff, { carrier: "UPS", trackingNumber: "1Z999" })).toMatchObject({
      ok: true,
      slugs: [lines[0]!.productSlug],
    });
    expect(await stockOf(other!.id)).toBe(2);
    expect(await statusOf(created.number)).toBe("exchanged");
    expect(await db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0);
  });

  it("refuses outside the return window and before delivery; a rejected return frees its units", async () => {
    const staff = await createTestUser();
    const late = await deliveredOrder([{ price: 1000, quantity: 1 }], 40);
    const input = (lineId: number) => ({
      lines: [{ orderLineId: lineId, quantity: 1 }],
      reason: "Changed my mind",
      resolution: "refund" as const,
      exchange: {},
    });
    expect(await createReturn(late.order.id, null, input(late.lines[0]!.id))).toEqual({
      ok: false,
      error: "The 30-day return window for this order has closed.",
    });
    const paid = await paidOrderOf([{ price: 1000, quantity: 1 }]);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, paid.order.id));
    expect(await createReturn(paid.order.id, null, input(line!.id))).toMatchObject({ ok: false });

    const { order, lines } = await deliveredOrder([{ price: 1000, quantity: 1 }]);
    const first = await createReturn(order.id, null, input(lines[0]!.id));
    if (!first.ok) throw new Error(first.error);
    expect(await rejectReturn(first.number, staff, "Used")).toMatchObject({ ok: true });
    const second = await createReturn(order.id, null, input(lines[0]!.id));
    expect(second).toMatchObject({ ok: true, number: `${order.number}-R2` });
    // Withdrawn by the shopper (only on their own order): the unit is free again.
    expect(await withdrawReturn(`${order.number}-R2`, late.order.id, null)).toEqual({ ok: false, error: "There is no such return." });
    expect(await withdrawReturn(`${order.number}-R2`, order.id, null)).toMatchObject({ ok: true });
    expect(await createReturn(order.id, null, input(lines[0]!.id))).toMatchObject({ ok: true, number: `${order.number}-R3` });
  });

  it("an order with an open return is not completed automatically", async () => {
    const { order, lines } = await deliveredOrder([{ price: 1000, quantity: 1 }], 20);
    const created = await createReturn(order.id, null, {
      lines: [{ orderLineId: lines[0]!.id, quantity: 1 }],
      reason: "Wrong colour",
      resolution: "refund",
      exchange: {},
    });
    expect(created.ok).toBe(true);
    await completeOrdersAutomatically(new Date(Date.now() + 60 * DAY));
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe("delivered");
  });
});
