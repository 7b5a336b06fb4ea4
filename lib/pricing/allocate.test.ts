import { describe, expect, it } from "vitest";
import { allocate } from "./allocate";
import { ceilDiv, percentOf } from "./rounding";

describe("rounding", () => {
  it("rounds a percentage half up", () => {
    expect(percentOf(250, 1)).toBe(3); // 2.5 → 3
    expect(percentOf(249, 1)).toBe(2); // 2.49 → 2
    expect(percentOf(1005, 10)).toBe(101); // 100.5 → 101
    expect(percentOf(1004, 10)).toBe(100);
    expect(percentOf(0, 15)).toBe(0);
    expect(percentOf(999, 100)).toBe(999);
  });
  it("divides rounding up", () => {
    expect(ceilDiv(101, 100)).toBe(2);
    expect(ceilDiv(100, 100)).toBe(1);
    expect(ceilDiv(0, 100)).toBe(0);
  });
});

describe("largest-remainder allocation", () => {
  it("splits proportionally and sums exactly", () => {
    expect(allocate(100, [100, 100, 100])).toEqual([34, 33, 33]);
    expect(allocate(10, [300, 700])).toEqual([3, 7]);
    const shares = allocate(997, [1234, 5678, 91, 3]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(997);
  });
  it("gives leftover units to the largest fractional parts", () => {
    // 5 × [1,2,2]/5 = 1, 2, 2 exactly; 4 × [1,2,2]/5 = 0.8, 1.6, 1.6 → 0,1,1 + 2 leftover to .8 and the first .6
    expect(allocate(4, [1, 2, 2])).toEqual([1, 2, 1]);
  });
  it("breaks ties toward the earlier line", () => {
    expect(allocate(1, [5, 5, 5])).toEqual([1, 0, 0]);
    expect(allocate(2, [5, 5, 5])).toEqual([1, 1, 0]);
  });
  it("never gives a line more than its weight", () => {
    expect(allocate(7, [1, 1, 5])).toEqual([1, 1, 5]);
    expect(allocate(3, [0, 1, 1000])).toEqual([0, 0, 3]);
    for (let amount = 0; amount <= 12; amount++) {
      const weights = [1, 4, 0, 7];
      allocate(amount, weights).forEach((share, i) => expect(share).toBeLessThanOrEqual(weights[i] ?? 0));
    }
  });
  it("gives nothing for nothing and refuses more than the weights", () => {
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
    expect(allocate(5, [0, 0])).toEqual([0, 0]);
    expect(() => allocate(8, [3, 4])).toThrow(RangeError);
  });
  it("stays exact for large amounts", () => {
    const shares = allocate(9_999_999_999, [9_999_999_999, 1, 12_345_678_901]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(9_999_999_999);
  });
});
