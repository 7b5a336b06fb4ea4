import { describe, expect, it } from "vitest";
import { priceOrder } from "./price-order";
import { customer, input, line, promo } from "./test-fixtures";
import type { PricingInput } from "./types";

const rules = { enabled: true, redeemPointsPerUnit: 100, maxRedeemPercent: 50, earnPointsPerUnit: 1, use: true };
const pay = (balance: number, points: Partial<PricingInput["points"]> = {}, over: Partial<PricingInput> = {}) =>
  priceOrder(
    input({
      lines: [line({ unitPrice: 10_000 })],
      customer: customer({ pointsBalance: balance }),
      points: { ...rules, ...points },
      ...over,
    }),
  );

describe("points", () => {
  it("pays up to the maximum share of the items", () => {
    // 100 points = 1.00; 50% of 100.00 = 50.00 = 5,000 points
    const r = pay(20_000);
    expect(r.points).toMatchObject({ used: 5_000, value: 5_000, maxUsable: 5_000, balance: 20_000 });
    expect(r.discounts).toEqual([
      expect.objectContaining({
        source: "points",
        label: "Points (5,000)",
        points: 5_000,
        amount: 5_000,
        allocations: [{ key: 1, amount: 5_000 }],
      }),
    ]);
    expect(r.total).toBe(5_000);
  });
  it("pays no more than the balance affords", () => {
    const r = pay(1_234);
    expect(r.points).toMatchObject({ used: 1_234, value: 1_234, maxUsable: 1_234 });
  });
  it("rounds the points used up and the value affordable down", () => {
    // 3 points per 1.00: 100 points afford floor(100 × 100 / 3) = 3,333 = 33.33, costing ceil(3333 × 3 / 100) = 100
    const r = pay(100, { redeemPointsPerUnit: 3 });
    expect(r.points).toMatchObject({ value: 3_333, used: 100 });
    // 250 per 1.00, max 50.00 → 12,500 points usable; 1,001 points afford 4.00 for exactly 1,000
    expect(pay(1_001, { redeemPointsPerUnit: 250 }).points).toMatchObject({ value: 400, used: 1_000, maxUsable: 1_001 });
    expect(pay(50_000, { redeemPointsPerUnit: 250 }).points).toMatchObject({ value: 5_000, used: 12_500, maxUsable: 12_500 });
    // max 33% of 10.01 = 3.30 (floor); at 3 per 1.00 that is ceil(9.9) = 10 points
    const odd = pay(1_000, { redeemPointsPerUnit: 3, maxRedeemPercent: 33 }, { lines: [line({ unitPrice: 1_001 })] });
    expect(odd.points).toMatchObject({ value: 330, used: 10, maxUsable: 10 });
  });
  it("counts per 1.00 of the order's currency: ¥1 in yen, 1.000 in dinars", () => {
    // 100 points pay ¥1; 50% of ¥10,000 = ¥5,000 = 500,000 points; 1 point earned per ¥1 paid.
    const yen = pay(20_000, {}, { currency: "JPY" });
    expect(yen.points).toMatchObject({ used: 20_000, value: 200, maxUsable: 20_000 });
    expect(yen.points.willEarn).toBe(10_000 - 200);
    // 10.000 KWD (10,000 minor units): 100 points pay 1.000, 50% = 5.000 = 500 points.
    const dinars = pay(20_000, {}, { currency: "KWD" });
    expect(dinars.points).toMatchObject({ used: 500, value: 5_000, maxUsable: 500 });
    expect(dinars.points.willEarn).toBe(5);
  });
  it("is measured after the other discounts", () => {
    const r = pay(20_000, {}, { promotions: [promo({ amount: 20 })] });
    expect(r.points.value).toBe(4_000);
    expect(r.discounts.map((d) => d.source)).toEqual(["automatic", "points"]);
  });
  it("offers what could be used without using it", () => {
    const r = pay(20_000, { use: false });
    expect(r.points).toMatchObject({ used: 0, value: 0, maxUsable: 5_000 });
    expect(r.discounts).toEqual([]);
  });
  it("does nothing when disabled or without a balance", () => {
    expect(pay(20_000, { enabled: false }).points).toMatchObject({ used: 0, maxUsable: 0, willEarn: 0 });
    expect(pay(0).discounts).toEqual([]);
  });
  it("earns on what is paid for items after discounts, rounded down", () => {
    expect(pay(0, { earnPointsPerUnit: 1 }).points.willEarn).toBe(100);
    expect(pay(0, { earnPointsPerUnit: 3 }, { lines: [line({ unitPrice: 1_999 })] }).points.willEarn).toBe(59);
    // after 50.00 of points: earns on 50.00, not on shipping
    expect(pay(20_000, { earnPointsPerUnit: 2 }, { shipping: 1_000 }).points.willEarn).toBe(100);
  });
  it("allocates over the lines in proportion to what is left", () => {
    const r = pay(20_000, {}, { lines: [line({ key: 1, unitPrice: 3_333 }), line({ key: 2, unitPrice: 6_667 })] });
    expect(r.discounts[0]?.allocations).toEqual([
      { key: 1, amount: 1_667 },
      { key: 2, amount: 3_333 },
    ]);
  });
});
