import { describe, expect, it } from "vitest";
import { computeRefund, remainderRequest, splitOverPayments, type RefundableLine, type RefundableOrder } from "./amounts";

const line = (id: number, quantity: number, lineTotal: number, discount = 0): RefundableLine => ({
  orderLineId: id,
  quantity,
  lineTotal,
  discount,
  refundedQuantity: 0,
  refundedAmount: 0,
});

// 3 × 10.00 with 10.00 of discount allocated, 2 × 5.00 with 0.01, shipping 4.99 with 1.00 off: total 25.00+9.99+3.99.
const order = (): RefundableOrder => ({
  total: 2000 + 999 + 399,
  refundedTotal: 0,
  shippingTotal: 499,
  shippingDiscount: 100,
  refundedShipping: 0,
  lines: [line(1, 3, 3000, 1000), line(2, 2, 1000, 1)],
});

/** Applies a computed refund to the order, as the engine records it. */
function apply(
  o: RefundableOrder,
  r: { lines: { orderLineId: number; quantity: number; amount: number }[]; shippingAmount: number; amount: number },
) {
  return {
    ...o,
    refundedTotal: o.refundedTotal + r.amount,
    refundedShipping: o.refundedShipping + r.shippingAmount,
    lines: o.lines.map((l) => {
      const got = r.lines.find((x) => x.orderLineId === l.orderLineId);
      return got ? { ...l, refundedQuantity: l.refundedQuantity + got.quantity, refundedAmount: l.refundedAmount + got.amount } : l;
    }),
  };
}

describe("refund amounts", () => {
  it("a line gives back its total less its allocated discount, pro rata per unit", () => {
    const r = computeRefund(order(), { lines: [{ orderLineId: 1, quantity: 1 }], shipping: "none" });
    expect(r).toEqual({ ok: true, lines: [{ orderLineId: 1, quantity: 1, amount: 666 }], shippingAmount: 0, amount: 666 });
  });

  it("several partial refunds of a line sum to exactly what was paid for it", () => {
    let o = order();
    const amounts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = computeRefund(o, { lines: [{ orderLineId: 1, quantity: 1 }], shipping: "none" });
      if (!r.ok) throw new Error(r.error);
      amounts.push(r.amount);
      o = apply(o, r);
    }
    expect(amounts).toEqual([666, 667, 667]);
    expect(amounts.reduce((a, b) => a + b)).toBe(2000);
    expect(computeRefund(o, { lines: [{ orderLineId: 1, quantity: 1 }], shipping: "none" })).toEqual({
      ok: false,
      error: "A line you chose is already refunded in full.",
    });
  });

  it("shipping only when asked, net of its discount, and only once", () => {
    const r = computeRefund(order(), { lines: [{ orderLineId: 2, quantity: 1 }], shipping: "remaining" });
    expect(r).toMatchObject({ ok: true, shippingAmount: 399, amount: 499 + 399 });
    if (!r.ok) return;
    const again = computeRefund(apply(order(), r), { lines: [{ orderLineId: 2, quantity: 1 }], shipping: "remaining" });
    expect(again).toMatchObject({ ok: true, shippingAmount: 0, amount: 500 });
    expect(computeRefund(order(), { lines: [], shipping: 400 })).toMatchObject({ ok: false });
    expect(computeRefund(order(), { lines: [], shipping: 150 })).toMatchObject({ ok: true, amount: 150 });
  });

  it("mixed partial refunds, then the remainder, add up to exactly the total", () => {
    let o = order();
    for (const request of [
      { lines: [{ orderLineId: 2, quantity: 1 }], shipping: 100 },
      { lines: [{ orderLineId: 1, quantity: 2 }], shipping: "none" as const },
    ]) {
      const r = computeRefund(o, request);
      if (!r.ok) throw new Error(r.error);
      o = apply(o, r);
    }
    const rest = computeRefund(o, remainderRequest(o));
    if (!rest.ok) throw new Error(rest.error);
    expect(o.refundedTotal + rest.amount).toBe(o.total);
    expect(rest.lines).toEqual([
      { orderLineId: 1, quantity: 1, amount: 667 },
      { orderLineId: 2, quantity: 1, amount: 500 },
    ]);
    expect(rest.shippingAmount).toBe(299);
    expect(computeRefund(apply(o, rest), remainderRequest(apply(o, rest)))).toMatchObject({ ok: false });
  });

  it("refuses more units than are left, unknown lines, and more than remains of the order", () => {
    expect(computeRefund(order(), { lines: [{ orderLineId: 2, quantity: 3 }], shipping: "none" })).toMatchObject({ ok: false });
    expect(computeRefund(order(), { lines: [{ orderLineId: 9, quantity: 1 }], shipping: "none" })).toMatchObject({ ok: false });
    expect(computeRefund(order(), { lines: [], shipping: "none" })).toMatchObject({ ok: false });
    const nearlyDone = { ...order(), refundedTotal: order().total - 100 };
    expect(computeRefund(nearlyDone, { lines: [{ orderLineId: 1, quantity: 1 }], shipping: "none" })).toEqual({
      ok: false,
      error: "That is more than is left to refund on this order.",
    });
  });

  it("a line entirely paid by discounts gives back nothing, and never below zero", () => {
    const o = { ...order(), lines: [line(1, 2, 1000, 1000)], total: 399 };
    expect(computeRefund(o, { lines: [{ orderLineId: 1, quantity: 1 }], shipping: "none" })).toMatchObject({ ok: false });
  });

  it("splits a refund over payments oldest first, after what earlier refunds took", () => {
    const payments = [
      { id: "a", amount: 1000 },
      { id: "b", amount: 500 },
    ];
    expect(splitOverPayments(payments, 300, 0)).toEqual([{ payment: payments[0], amount: 300, fullyRefunded: false }]);
    expect(splitOverPayments(payments, 600, 700)).toEqual([
      { payment: payments[0], amount: 300, fullyRefunded: true },
      { payment: payments[1], amount: 300, fullyRefunded: false },
    ]);
    expect(splitOverPayments(payments, 100, 1500)).toEqual([]);
  });
});
