import { describe, expect, it } from "vitest";
import { availableReturnActions, nextReturnStatus, returnableUnits, returnNumber, returnWindow } from "./rules";

const day = 86_400_000;
const delivered = new Date("2026-03-01T12:00:00Z");

describe("return rules", () => {
  it("follow the return's life: approve, send, receive, then refund or exchange by resolution", () => {
    expect(nextReturnStatus("requested", "refund", "approve", "staff")).toEqual({ ok: true, to: "approved" });
    expect(nextReturnStatus("requested", "refund", "reject", "staff")).toEqual({ ok: true, to: "rejected" });
    expect(nextReturnStatus("approved", "refund", "send", "shopper")).toEqual({ ok: true, to: "in_transit" });
    expect(nextReturnStatus("in_transit", "refund", "receive", "staff")).toEqual({ ok: true, to: "received" });
    expect(nextReturnStatus("received", "refund", "refund", "staff")).toEqual({ ok: true, to: "refunded" });
    expect(nextReturnStatus("received", "exchange", "ship_exchange", "staff")).toEqual({ ok: true, to: "exchanged" });
  });

  it("refuse what the status, the actor or the resolution does not allow", () => {
    expect(nextReturnStatus("approved", "refund", "approve", "staff")).toMatchObject({ ok: false });
    expect(nextReturnStatus("refunded", "refund", "refund", "staff")).toEqual({
      ok: false,
      reason: "This return is refunded, so that cannot be done now.",
    });
    expect(nextReturnStatus("requested", "refund", "approve", "shopper")).toMatchObject({ ok: false });
    expect(nextReturnStatus("received", "exchange", "refund", "staff")).toMatchObject({ ok: false });
    expect(nextReturnStatus("received", "refund", "ship_exchange", "staff")).toMatchObject({ ok: false });
    expect(nextReturnStatus("requested", "refund", "send", "shopper")).toMatchObject({ ok: false });
    expect(nextReturnStatus("received", "refund", "withdraw", "shopper")).toMatchObject({ ok: false });
  });

  it("list what each side may do", () => {
    expect(availableReturnActions("requested", "refund", "staff")).toEqual(["approve", "reject"]);
    expect(availableReturnActions("approved", "exchange", "shopper")).toEqual(["send", "withdraw"]);
    expect(availableReturnActions("received", "exchange", "staff")).toEqual(["ship_exchange"]);
    expect(availableReturnActions("refunded", "refund", "staff")).toEqual([]);
  });

  it("open the window on delivery for the store's number of days", () => {
    const order = { status: "delivered" as const, deliveredAt: delivered, completedAt: null };
    expect(returnWindow(order, 30, new Date(delivered.getTime() + 29 * day))).toEqual({
      open: true,
      until: new Date(delivered.getTime() + 30 * day),
    });
    expect(returnWindow(order, 30, new Date(delivered.getTime() + 31 * day))).toMatchObject({
      open: false,
      reason: "The 30-day return window for this order has closed.",
    });
    expect(returnWindow({ ...order, status: "shipped" }, 30, delivered)).toMatchObject({ open: false });
    expect(returnWindow({ status: "completed", deliveredAt: null, completedAt: delivered }, 7, delivered)).toMatchObject({ open: true });
  });

  it("count the units still returnable and number returns after the order", () => {
    expect(returnableUnits({ quantity: 3, refundedQuantity: 1, inReturns: 1 })).toBe(1);
    expect(returnableUnits({ quantity: 2, refundedQuantity: 2, inReturns: 1 })).toBe(0);
    expect(returnNumber("MC-2026-000123", 2)).toBe("MC-2026-000123-R2");
  });
});
