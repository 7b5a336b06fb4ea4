import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { inventoryMovements, orderLines, orders } from "@/db/schema";
import { approveRefund, requestRefund } from "@/lib/orders/mutations";
import { createTestUser, stockOf } from "@/lib/orders/testing";
import { refundWithoutReturn } from "@/lib/refunds/mutations";
import { paidOrderOf } from "@/lib/refunds/testing";
import { approveReturn, createReturn, receiveReturn, refundReturn } from "./mutations";

// Returns, refunds of a whole order and refunds without a return on the same order: each unit goes back to stock
// once, and is refunded once, by the step that holds it.

async function delivered(lines: { price: number; quantity: number }[]) {
  const placed = await paidOrderOf(lines); // stock 20 each, less the quantities
  const at = new Date(Date.now() - 86_400_000);
  await db.update(orders).set({ status: "delivered", shippedAt: at, deliveredAt: at }).where(eq(orders.id, placed.order.id));
  const rows = await db.select().from(orderLines).where(eq(orderLines.orderId, placed.order.id)).orderBy(asc(orderLines.id));
  return { ...placed, lines: rows };
}

const returnOf = async (orderId: string, orderLineId: number, quantity: number) => {
  const created = await createReturn(orderId, null, {
    lines: [{ orderLineId, quantity }],
    reason: "Not as pictured",
    resolution: "refund",
    exchange: {},
  });
  if (!created.ok) throw new Error(created.error);
  return created.number;
};

describe("returns and refunds on one order (real PostgreSQL)", () => {
  it("a refund with restock after a return was received and refunded puts back only the units still out", async () => {
    const staff = await createTestUser();
    const { order, lines, variantIds } = await delivered([{ price: 1200, quantity: 2 }]);
    expect(await stockOf(variantIds[0]!)).toBe(18);
    const number = await returnOf(order.id, lines[0]!.id, 1);
    await approveReturn(number, staff);
    expect(await receiveReturn(number, staff, { [lines[0]!.id]: 1 })).toMatchObject({ ok: true });
    expect(await refundReturn(number, staff)).toMatchObject({ ok: true });
    expect(await stockOf(variantIds[0]!)).toBe(19);
    expect(await requestRefund(order.id, null, "The other one broke too")).toMatchObject({ ok: true });
    expect(await approveRefund(order.id, staff, { restock: true })).toMatchObject({ ok: true, to: "refunded" });
    expect(await stockOf(variantIds[0]!)).toBe(20); // not 21
  });

  it("a whole-order refund waits for a return in progress; a refund without a return leaves that return's units to it", async () => {
    const staff = await createTestUser();
    const { order, lines } = await delivered([
      { price: 1200, quantity: 1 },
      { price: 800, quantity: 1 },
    ]);
    const number = await returnOf(order.id, lines[0]!.id, 1);
    expect(
      await refundWithoutReturn(order.id, staff, { lines: [{ orderLineId: lines[0]!.id, quantity: 1 }], shipping: "none", reason: "Lost" }),
    ).toEqual({
      ok: false,
      error: "A line you chose is in a return in progress: refund it through the return.",
    });
    expect(
      await refundWithoutReturn(order.id, staff, { lines: [{ orderLineId: lines[1]!.id, quantity: 1 }], shipping: "none", reason: "Lost" }),
    ).toMatchObject({
      ok: true,
    });
    await requestRefund(order.id, null, "Changed my mind");
    expect(await approveRefund(order.id, staff, { restock: false })).toEqual({
      ok: false,
      error: `Return ${number} is in progress on this order: refund or reject it first.`,
    });
    // The return goes on to its refund.
    await approveReturn(number, staff);
    await receiveReturn(number, staff, { [lines[0]!.id]: 1 });
    expect(await refundReturn(number, staff)).toMatchObject({ ok: true });
  });

  it("a paid order refunded before it shipped gets its stock back, whether in full by item refunds or by an approved request", async () => {
    const staff = await createTestUser();
    const first = await paidOrderOf([{ price: 1500, quantity: 2 }]);
    expect(await stockOf(first.variantIds[0]!)).toBe(18);
    const [line] = await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, first.order.id));
    const refunded = await refundWithoutReturn(first.order.id, staff, {
      lines: [{ orderLineId: line!.id, quantity: 2 }],
      shipping: "remaining",
      reason: "Out of stock at the warehouse",
    });
    expect(refunded).toMatchObject({ ok: true });
    expect((await db.select({ status: orders.status }).from(orders).where(eq(orders.id, first.order.id)))[0]!.status).toBe("refunded");
    expect(await stockOf(first.variantIds[0]!)).toBe(20);
    const movements = await db.select().from(inventoryMovements).where(eq(inventoryMovements.orderId, first.order.id));
    expect(movements.map((m) => [m.reason, m.delta])).toEqual([
      ["order", -2],
      ["refund", 2],
    ]);

    // Asked for by the shopper before shipping, approved without ticking Restock: the goods never left.
    const second = await paidOrderOf([{ price: 1500, quantity: 3 }]);
    await requestRefund(second.order.id, null, "Ordered by mistake");
    expect(await approveRefund(second.order.id, staff, { restock: false })).toMatchObject({ ok: true, to: "refunded" });
    expect(await stockOf(second.variantIds[0]!)).toBe(20);
  });
});
