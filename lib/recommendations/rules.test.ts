import { describe, expect, it } from "vitest";
import type { ProductCard } from "@/lib/catalog/types";
import { excludedFor, fallbackSize, fillUp, hasSignals, intArrayLiteral, MAX_SEEDS, NO_SIGNALS, priceBand, seedWeights } from "./rules";

const card = (id: number, inStock = true): ProductCard => ({
  id,
  slug: `p${id}`,
  title: `P${id}`,
  brand: null,
  price: { amount: 100, currency: "USD" },
  compareAt: null,
  priceVaries: false,
  inStock,
  preorder: false,
  image: null,
  rating: { average: 0, count: 0 },
});
const ids = (cards: ProductCard[]) => cards.map((c) => c.id);

describe("fillUp", () => {
  it("keeps the first list's order, then fills from the fallbacks, without duplicates, exclusions or sold-out products", () => {
    const out = fillUp(
      [
        [card(1), card(2, false), card(3)],
        [card(3), card(4), card(5)],
        [card(6), card(7)],
      ],
      new Set([4]),
      5,
    );
    expect(ids(out)).toEqual([1, 3, 5, 6, 7]);
  });
  it("stops at the limit and needs no fallback when the first list is full", () => {
    expect(ids(fillUp([[card(1), card(2), card(3)], [card(9)]], new Set(), 2))).toEqual([1, 2]);
    expect(ids(fillUp([], new Set(), 4))).toEqual([]);
  });
});

describe("fallbackSize", () => {
  it("asks for nothing when full, else enough to survive the exclusions and those already found", () => {
    expect(fallbackSize(8, 8, 3)).toBe(0);
    expect(fallbackSize(2, 8, 3)).toBe(13);
  });
});

describe("signals", () => {
  it("a first-time guest has none", () => {
    expect(hasSignals(NO_SIGNALS)).toBe(false);
    expect(seedWeights(NO_SIGNALS)).toEqual([]);
    expect(hasSignals({ ...NO_SIGNALS, viewed: [3] })).toBe(true);
  });

  it("weigh cart and favourites over purchases over views, recent views over old ones, adding up across lists", () => {
    const seeds = seedWeights({
      viewed: [10, 11, 12, 1],
      favourites: [2],
      cart: [1],
      bought: [{ productId: 3, consumable: false }],
    });
    expect(seeds).toEqual([
      { productId: 1, weight: 4.2 },
      { productId: 2, weight: 3 },
      { productId: 3, weight: 2 },
      { productId: 10, weight: 1.5 },
      { productId: 11, weight: 1.4 },
      { productId: 12, weight: 1.3 },
    ]);
  });

  it("keep at most MAX_SEEDS seeds, the heaviest", () => {
    const viewed = Array.from({ length: 50 }, (_, i) => i + 1);
    const seeds = seedWeights({ ...NO_SIGNALS, viewed, cart: [99] });
    expect(seeds).toHaveLength(MAX_SEEDS);
    expect(seeds[0]).toEqual({ productId: 99, weight: 3 });
  });

  it("exclude the cart, purchases that are not consumable, and viewed or favourite products, but not consumables bought before", () => {
    const out = excludedFor({
      viewed: [1, 5],
      favourites: [2],
      cart: [3, 5],
      bought: [
        { productId: 4, consumable: false },
        { productId: 5, consumable: true },
        { productId: 6, consumable: true },
        { productId: 1, consumable: true },
      ],
    });
    // 5 is a consumable bought before, but it is in the cart.
    expect([...out].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe("priceBand and intArrayLiteral", () => {
  it("take half to twice the price", () => {
    expect(priceBand(1000)).toEqual({ low: 500, high: 2000 });
    expect(priceBand(999)).toEqual({ low: 499, high: 1998 });
  });
  it("write only positive integer ids", () => {
    expect(intArrayLiteral([3, 1, -2, 1.5, Number.NaN, 7])).toBe("{3,1,7}");
    expect(intArrayLiteral([])).toBe("{}");
  });
});
