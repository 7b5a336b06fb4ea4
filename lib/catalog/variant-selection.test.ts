import { describe, expect, it } from "vitest";
import { choose, findVariant, initialVariant, isValueInStock, stockState } from "./variant-selection";

type Preorder = { shipsOn: string; left: number } | null;
const v = (id: number, Size: string, Color: string, stock: number, preorder: Preorder = null) => ({
  id,
  optionValues: { Size, Color },
  stock,
  preorder,
});
const variants = [v(1, "S", "Black", 0), v(2, "M", "Black", 4), v(3, "S", "Sand", 9), v(4, "L", "Sand", 0)];

describe("variant selection", () => {
  it("starts on the requested variant, else the first in stock", () => {
    expect(initialVariant(variants, 4)?.id).toBe(4);
    expect(initialVariant(variants, 999)?.id).toBe(2);
    expect(initialVariant([], null)).toBeNull();
  });
  it("finds the exact combination", () => {
    expect(findVariant(variants, { Size: "S", Color: "Sand" })?.id).toBe(3);
    expect(findVariant(variants, { Size: "L", Color: "Black" })).toBeNull();
  });
  it("marks values that lead only to sold-out variants", () => {
    expect(isValueInStock(variants, { Size: "M", Color: "Black" }, "Size", "S")).toBe(false);
    expect(isValueInStock(variants, { Size: "M", Color: "Sand" }, "Size", "S")).toBe(true);
  });
  it("moves to the closest existing combination when one does not exist", () => {
    expect(choose(variants, { Size: "M", Color: "Black" }, "Color", "Sand")).toEqual({ Size: "S", Color: "Sand" });
    expect(choose(variants, { Size: "S", Color: "Black" }, "Size", "M")).toEqual({ Size: "M", Color: "Black" });
  });
  it("describes stock as a shopper reads it", () => {
    expect(stockState({ stock: 3, lowStock: true, preorder: null }).label).toBe("Only 3 left in stock");
    expect(stockState({ stock: 30, lowStock: false, preorder: null }).kind).toBe("in");
    expect(stockState(null).label).toBe("Out of stock");
  });
  it("counts a sold-out variant on pre-order (with room left) as purchasable", () => {
    const preorder = { shipsOn: "2027-01-15", left: 5 };
    const withPreorder = [v(1, "S", "Black", 0, preorder), v(2, "M", "Black", 0)];
    expect(initialVariant(withPreorder)?.id).toBe(1);
    expect(isValueInStock(withPreorder, { Size: "M", Color: "Black" }, "Size", "S")).toBe(true);
    expect(isValueInStock(withPreorder, { Size: "S", Color: "Black" }, "Size", "M")).toBe(false);
    expect(stockState({ stock: 0, lowStock: false, preorder })).toEqual({
      kind: "preorder",
      label: "Pre-order — ships from Jan 15, 2027",
    });
    // Stock on hand is sold first: the page says so, not the pre-order.
    expect(stockState({ stock: 2, lowStock: true, preorder }).kind).toBe("low");
  });
});
