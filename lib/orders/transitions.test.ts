import { describe, expect, it } from "vitest";
import { orderStatus, type OrderStatus } from "@/db/schema";
import { availableActions, isPaidUnshipped, nextStatus, releasesStock, statusAfterPayment } from "./transitions";

const to = (status: OrderStatus, ...args: Parameters<typeof nextStatus> extends [OrderStatus, ...infer R] ? R : never) => {
  const v = nextStatus(status, ...args);
  return v.ok ? v.to : null;
};

describe("order state machine", () => {
  it("only a payment moves an unpaid order to paid", () => {
    expect(to("pending_payment", "pay", "payment")).toBe("paid");
    expect(to("pending_payment", "pay", "shopper")).toBeNull();
    expect(to("pending_payment", "pay", "staff")).toBeNull();
    expect(to("paid", "pay", "payment")).toBeNull();
    expect(to("cancelled", "pay", "payment")).toBeNull();
  });

  it("the shopper may cancel only while unpaid; staff also after payment; the system only unpaid", () => {
    expect(to("pending_payment", "cancel", "shopper")).toBe("cancelled");
    expect(to("pending_payment", "cancel", "system")).toBe("cancelled");
    expect(to("paid", "cancel", "shopper")).toBeNull();
    expect(to("paid", "cancel", "system")).toBeNull();
    expect(to("paid", "cancel", "staff")).toBe("cancelled");
    expect(to("shipped", "cancel", "staff")).toBeNull();
    expect(to("cancelled", "cancel", "shopper")).toBeNull();
  });

  it("ships and delivers by staff only, in order", () => {
    expect(to("paid", "ship", "staff")).toBe("shipped");
    expect(to("paid", "ship", "shopper")).toBeNull();
    expect(to("pending_payment", "ship", "staff")).toBeNull();
    expect(to("shipped", "deliver", "staff")).toBe("delivered");
    expect(to("paid", "deliver", "staff")).toBeNull();
  });

  it("the shopper confirms receipt of a shipped or delivered order", () => {
    expect(to("shipped", "confirm_receipt", "shopper")).toBe("completed");
    expect(to("delivered", "confirm_receipt", "shopper")).toBe("completed");
    expect(to("paid", "confirm_receipt", "shopper")).toBeNull();
    expect(to("delivered", "confirm_receipt", "staff")).toBeNull();
  });

  it("the system delivers a shipped order and completes a delivered one; nothing else, and nobody else completes", () => {
    expect(to("shipped", "deliver", "system")).toBe("delivered");
    expect(to("delivered", "complete", "system")).toBe("completed");
    for (const s of ["pending_payment", "paid", "shipped", "completed", "refund_requested", "refund_rejected", "refunded"] as const)
      expect(to(s, "complete", "system"), s).toBeNull();
    for (const actor of ["shopper", "staff", "payment"] as const) expect(to("delivered", "complete", actor), actor).toBeNull();
    expect(availableActions("delivered", "staff")).not.toContain("complete");
    expect(availableActions("delivered", "shopper")).not.toContain("complete");
    expect(availableActions("delivered", "system")).toEqual(["complete", "refund_in_full"]);
  });

  it("refunds of items that reach the total refund the order, by the system only, never a cancelled or unpaid one", () => {
    for (const s of ["awaiting_review", "paid", "shipped", "delivered", "completed", "refund_rejected"] as const)
      expect(to(s, "refund_in_full", "system"), s).toBe("refunded");
    for (const s of ["pending_payment", "cancelled", "refund_requested", "refunded"] as const)
      expect(to(s, "refund_in_full", "system"), s).toBeNull();
    for (const actor of ["shopper", "staff", "payment"] as const) expect(to("delivered", "refund_in_full", actor), actor).toBeNull();
  });

  it("refunds: requested by the shopper after payment, decided by staff", () => {
    for (const s of ["paid", "shipped", "delivered", "completed"] as const)
      expect(to(s, "request_refund", "shopper")).toBe("refund_requested");
    for (const s of ["pending_payment", "cancelled", "refunded", "refund_requested", "refund_rejected"] as const)
      expect(to(s, "request_refund", "shopper")).toBeNull();
    expect(to("refund_requested", "approve_refund", "staff")).toBe("refunded");
    expect(to("refund_requested", "reject_refund", "staff")).toBe("refund_rejected");
    expect(to("refund_requested", "approve_refund", "shopper")).toBeNull();
    expect(to("paid", "approve_refund", "staff")).toBeNull();
  });

  it("terminal statuses allow nothing to the shopper", () => {
    for (const s of ["cancelled", "refunded", "refund_rejected"] as const) expect(availableActions(s, "shopper")).toEqual([]);
  });

  it("lists what a shopper may do in each status", () => {
    expect(availableActions("pending_payment", "shopper")).toEqual(["cancel"]);
    expect(availableActions("paid", "shopper")).toEqual(["request_refund"]);
    expect(availableActions("shipped", "shopper")).toEqual(["confirm_receipt", "request_refund"]);
    expect(availableActions("completed", "shopper")).toEqual(["request_refund"]);
    expect(availableActions("paid", "staff")).toEqual(["cancel", "ship"]);
  });

  it("explains a refusal in words", () => {
    const v = nextStatus("cancelled", "cancel", "shopper");
    expect(v).toEqual({ ok: false, reason: "This order is cancelled, so it can no longer be cancelled." });
    const w = nextStatus("paid", "cancel", "shopper");
    expect(w.ok).toBe(false);
  });

  it("puts stock back only when an unshipped order is cancelled", () => {
    expect(releasesStock("pending_payment", "cancelled")).toBe(true);
    expect(releasesStock("paid", "cancelled")).toBe(true);
    expect(releasesStock("paid", "shipped")).toBe(false);
    expect(releasesStock("refund_requested", "refunded")).toBe(false);
  });

  it("every status is known", () => {
    for (const s of orderStatus.enumValues) expect(Array.isArray(availableActions(s, "staff"))).toBe(true);
  });

  it("the review step: a payment may land in awaiting_review; staff approve it to paid; it cannot ship before", () => {
    expect(statusAfterPayment(false)).toBe("paid");
    expect(statusAfterPayment(true)).toBe("awaiting_review");
    expect(to("awaiting_review", "approve", "staff")).toBe("paid");
    for (const actor of ["shopper", "system", "payment"] as const) expect(to("awaiting_review", "approve", actor), actor).toBeNull();
    for (const s of ["pending_payment", "paid", "shipped", "cancelled"] as const) expect(to(s, "approve", "staff"), s).toBeNull();
    expect(to("awaiting_review", "ship", "staff")).toBeNull();
    expect(to("awaiting_review", "pay", "payment")).toBeNull();
    expect(availableActions("awaiting_review", "staff")).toEqual(["approve", "cancel"]);
  });

  it("awaiting review counts as paid: staff cancel it (refunding), the shopper may ask for a refund, the stock comes back", () => {
    expect(to("awaiting_review", "cancel", "staff")).toBe("cancelled");
    expect(to("awaiting_review", "cancel", "shopper")).toBeNull();
    expect(to("awaiting_review", "cancel", "system")).toBeNull();
    expect(to("awaiting_review", "request_refund", "shopper")).toBe("refund_requested");
    expect(availableActions("awaiting_review", "shopper")).toEqual(["request_refund"]);
    expect(releasesStock("awaiting_review", "cancelled")).toBe(true);
    expect(isPaidUnshipped("awaiting_review")).toBe(true);
    expect(isPaidUnshipped("paid")).toBe(true);
    expect(isPaidUnshipped("shipped")).toBe(false);
    expect(isPaidUnshipped("pending_payment")).toBe(false);
  });
});
