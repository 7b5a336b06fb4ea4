import { describe, expect, it } from "vitest";
import { clampMessage } from "@/lib/cart/pricing";
import {
  isPreorderLine,
  preorderFieldsError,
  preorderLabel,
  preorderPairError,
  preorderRoom,
  purchasableQuantity,
  todayUtc,
} from "./rules";

const on = (stock: number, cap: number, backlog: number) => ({
  stock,
  preorderShipsOn: "2027-01-15",
  preorderCap: cap,
  preorderBacklog: backlog,
});
const off = (stock: number) => ({ stock, preorderShipsOn: null, preorderCap: null, preorderBacklog: 0 });

describe("pre-order rules", () => {
  it("room is what the limit leaves, never negative, none when not on pre-order", () => {
    expect(preorderRoom(on(0, 5, 2))).toBe(3);
    expect(preorderRoom(on(0, 5, 7))).toBe(0);
    expect(preorderRoom(off(4))).toBe(0);
  });
  it("a line is served from stock when stock covers it whole, else pre-ordered when the room does", () => {
    expect(isPreorderLine(on(3, 5, 0), 3)).toBe(false);
    expect(isPreorderLine(on(2, 5, 0), 3)).toBe(true);
    expect(isPreorderLine(on(2, 5, 4), 3)).toBe(false);
    expect(isPreorderLine(off(0), 1)).toBe(false);
    expect(purchasableQuantity(on(2, 5, 1))).toBe(4);
    expect(purchasableQuantity(on(6, 5, 1))).toBe(6);
    expect(purchasableQuantity(off(2))).toBe(2);
  });
  it("reads the promise as a calendar day, whatever the time zone", () => {
    expect(preorderLabel("2027-01-15")).toBe("Pre-order — ships from Jan 15, 2027");
    expect(todayUtc(new Date("2026-12-02T23:59:00Z"))).toBe("2026-12-02");
  });
  it("the cart says a quantity was lowered to what the pre-order limit leaves", () => {
    expect(clampMessage(5, 3, true)).toBe("Only 3 left to pre-order");
    expect(clampMessage(5, 3)).toBe("Only 3 left in stock");
  });
  it("wants both fields or neither", () => {
    expect(preorderPairError({ shipsOn: null, cap: null })).toBeNull();
    expect(preorderPairError({ shipsOn: "2027-01-15", cap: null })?.field).toBe("preorderCap");
    expect(preorderPairError({ shipsOn: null, cap: 3 })?.field).toBe("preorderShipsOn");
  });
  it("refuses a new date in the past, a limit under the backlog, and clearing while units wait", () => {
    const today = "2026-12-02";
    const none = { backlog: 0, shipsOn: null };
    expect(preorderFieldsError({ shipsOn: "2026-12-02", cap: 5 }, none, today)).toBeNull();
    expect(preorderFieldsError({ shipsOn: "2026-12-01", cap: 5 }, none, today)).toBe(
      "The ships-from date Dec 1, 2026 is in the past: choose today or later.",
    );
    // A saved date may pass while the stock is late: the product can still be saved.
    expect(preorderFieldsError({ shipsOn: "2026-11-20", cap: 5 }, { backlog: 2, shipsOn: "2026-11-20" }, today)).toBeNull();
    expect(preorderFieldsError({ shipsOn: "2027-01-15", cap: 3 }, { backlog: 4, shipsOn: "2027-01-15" }, today)).toBe(
      "4 units already wait on pre-order: set the limit to 4 or more.",
    );
    expect(preorderFieldsError({ shipsOn: null, cap: null }, { backlog: 4, shipsOn: "2027-01-15" }, today)).toMatch(
      /^4 units still wait on pre-order: keep the pre-order/,
    );
    expect(preorderFieldsError({ shipsOn: null, cap: null }, none, today)).toBeNull();
  });
});
