import { describe, expect, it } from "vitest";
import { clampMessage, clampQuantity, MAX_PER_LINE, priceCart } from "./pricing";

const line = (over: Partial<Parameters<typeof priceCart>[0][number]> = {}) => ({
  quantity: 2,
  unitPrice: 1250,
  currency: "USD",
  stock: 10,
  available: true,
  ...over,
});

describe("cart pricing", () => {
  it("clamps a quantity to stock and to the per-line maximum", () => {
    expect(clampQuantity(5, 3)).toBe(3);
    expect(clampQuantity(5, 30)).toBe(5);
    expect(clampQuantity(500, 1000)).toBe(MAX_PER_LINE);
    expect(clampQuantity(4, 0)).toBe(0);
    expect(clampQuantity(4, -2)).toBe(0);
  });

  it("says why a quantity was lowered", () => {
    expect(clampMessage(5, 3)).toBe("Only 3 left in stock");
    expect(clampMessage(150, 500)).toBe("You can buy at most 99 of one item");
    expect(clampMessage(150, 40)).toBe("Only 40 left in stock");
    expect(clampMessage(3, 3)).toBeNull();
    expect(clampMessage(1, 0)).toBe("Out of stock");
  });

  it("totals lines from unit prices and counts items", () => {
    const cart = priceCart([line(), line({ quantity: 1, unitPrice: 999 })], "USD");
    expect(cart.lines.map((l) => l.lineTotal)).toEqual([2500, 999]);
    expect(cart.subtotal).toBe(3499);
    expect(cart.itemCount).toBe(3);
    expect(cart.lines.every((l) => l.purchasable && l.notice === null)).toBe(true);
  });

  it("clamps a saved quantity above stock and tells the shopper", () => {
    const cart = priceCart([line({ quantity: 5, stock: 3 })], "USD");
    const [l] = cart.lines;
    expect(l).toMatchObject({ quantity: 3, savedQuantity: 5, lineTotal: 3750, purchasable: true });
    expect(l!.notice).toEqual({ kind: "clamped", message: "Only 3 left in stock" });
    expect(cart.subtotal).toBe(3750);
  });

  it("keeps unavailable and sold-out lines with a notice but leaves them out of the totals", () => {
    const cart = priceCart([line({ available: false }), line({ stock: 0 }), line({ currency: "EUR" }), line({ quantity: 1 })], "USD");
    expect(cart.lines.map((l) => l.notice?.message ?? null)).toEqual(["No longer available", "Out of stock", "No longer available", null]);
    expect(cart.lines.map((l) => l.purchasable)).toEqual([false, false, false, true]);
    expect(cart.lines.map((l) => l.lineTotal)).toEqual([0, 0, 0, 1250]);
    expect(cart.subtotal).toBe(1250);
    expect(cart.itemCount).toBe(1);
  });

  it("is empty for an empty cart", () => {
    expect(priceCart([], "USD")).toEqual({ lines: [], subtotal: 0, itemCount: 0, currency: "USD" });
  });
});
