import { describe, expect, it } from "vitest";
import { priceOrder } from "./price-order";
import { HOUR, NOW, customer, flashSale, input, line, promo, tier } from "./test-fixtures";

const only = (p: Parameters<typeof promo>[0], over: Parameters<typeof input>[0] = {}) =>
  priceOrder(input({ promotions: [promo(p)], ...over }));

describe("promotion amounts", () => {
  it("percent off rounds half up and is allocated by largest remainder", () => {
    const r = only(
      { type: "percent_off", amount: 15 },
      { lines: [line({ key: 1, unitPrice: 333 }), line({ key: 2, unitPrice: 333 }), line({ key: 3, unitPrice: 334 })] },
    );
    // 15% of 1000 = 150: 49.95, 49.95, 50.1 → 49, 49, 50 + 2 leftover to the .95s
    expect(r.discounts).toEqual([
      expect.objectContaining({ source: "automatic", target: "items", label: "Sale", promotionId: 1, amount: 150 }),
    ]);
    expect(r.discounts[0]?.allocations).toEqual([
      { key: 1, amount: 50 },
      { key: 2, amount: 50 },
      { key: 3, amount: 50 },
    ]);
    expect(only({ type: "percent_off", amount: 5 }, { lines: [line({ unitPrice: 1010 })] }).discountTotal).toBe(51); // 50.5 → 51
  });
  it("fixed off never exceeds the eligible amount", () => {
    expect(only({ type: "fixed_off", amount: 300 }, { lines: [line({ unitPrice: 1000 })] }).discountTotal).toBe(300);
    const r = only({ type: "fixed_off", amount: 5000 }, { lines: [line({ unitPrice: 1000 })] });
    expect(r.discountTotal).toBe(1000);
    expect(r.total).toBe(0);
    expect(r.lines[0]).toMatchObject({ discount: 1000, paid: 0 });
  });
  it("spend X save Y takes the highest tier reached", () => {
    const tiers = [
      { spend: 10_000, save: 1_000 },
      { spend: 20_000, save: 3_000 },
    ];
    const at = (unitPrice: number) => only({ type: "spend_save", tiers, name: "Spend 200, save 30" }, { lines: [line({ unitPrice })] });
    expect(at(9_999).discounts).toEqual([]);
    expect(at(10_000).discountTotal).toBe(1_000);
    expect(at(19_999).discountTotal).toBe(1_000);
    expect(at(25_000).discounts[0]).toMatchObject({ label: "Spend 200, save 30", amount: 3_000 });
  });
  it("buy X get Y makes the cheapest units free, each on its own line", () => {
    const r = only(
      { type: "buy_x_get_y", buyQuantity: 2, getQuantity: 1, amount: 0 },
      {
        lines: [
          line({ key: 1, unitPrice: 3000, quantity: 2 }),
          line({ key: 2, unitPrice: 1000, quantity: 3 }),
          line({ key: 3, unitPrice: 500, quantity: 1 }),
        ],
      },
    );
    // 6 units → 2 free: the 5.00 one and one 10.00
    expect(r.discountTotal).toBe(1500);
    expect(r.discounts[0]?.allocations).toEqual([
      { key: 2, amount: 1000 },
      { key: 3, amount: 500 },
    ]);
    const short = only({ type: "buy_x_get_y", buyQuantity: 2, getQuantity: 1 }, { lines: [line({ quantity: 2 })] });
    expect(short.discounts).toEqual([]);
  });
  it("buy X get Y frees a unit at what is left to pay for it: a flash-sale unit at its sale price, not its list price", () => {
    const bogo = { type: "buy_x_get_y" as const, buyQuantity: 1, getQuantity: 1, amount: 0 };
    // 2 × 10.00 on flash sale at 5.00: one free unit is worth 5.00, so 5.00 is left to pay (not 0).
    const flash = only(bogo, {
      lines: [line({ unitPrice: 1000, quantity: 2 })],
      flashSales: [flashSale({ salePrice: 500, perCustomerLimit: 2 })],
    });
    expect(flash.discounts.map((d) => [d.source, d.amount])).toEqual([
      ["flash_sale", 1000],
      ["automatic", 500],
    ]);
    expect(flash.total).toBe(500);
    // The unit cheapest after the earlier discounts goes free: 9.00 (list 30.00, on sale at 9.00) before a 10.00.
    const r = only(bogo, {
      lines: [line({ key: 1, unitPrice: 3000 }), line({ key: 2, unitPrice: 1000 })],
      flashSales: [flashSale({ key: 1, salePrice: 900 })],
    });
    expect(r.discounts.find((d) => d.source === "automatic")?.allocations).toEqual([{ key: 1, amount: 900 }]);
    expect(r.total).toBe(1000);
  });
  it("free shipping takes the shipping price, and nothing without one", () => {
    const r = only({ type: "free_shipping", name: "Free shipping over 50" }, { shipping: 599 });
    expect(r.discounts).toEqual([expect.objectContaining({ target: "shipping", amount: 599, allocations: [] })]);
    expect(r.shippingDiscountTotal).toBe(599);
    expect(r.total).toBe(1000);
    expect(only({ type: "free_shipping" }, { shipping: null }).discounts).toEqual([]);
    expect(only({ type: "free_shipping" }, { shipping: 0 }).discounts).toEqual([]);
  });
  it("maxDiscount caps every type", () => {
    const lines = [line({ unitPrice: 10_000, quantity: 3 })];
    expect(only({ type: "percent_off", amount: 50, maxDiscount: 2_000 }, { lines }).discountTotal).toBe(2_000);
    expect(only({ type: "fixed_off", amount: 5_000, maxDiscount: 2_000 }, { lines }).discountTotal).toBe(2_000);
    expect(only({ type: "spend_save", tiers: [{ spend: 100, save: 9_000 }], maxDiscount: 2_000 }, { lines }).discountTotal).toBe(2_000);
    expect(only({ type: "buy_x_get_y", buyQuantity: 1, getQuantity: 1, maxDiscount: 2_000 }, { lines }).discountTotal).toBe(2_000);
    expect(only({ type: "free_shipping", maxDiscount: 200 }, { lines, shipping: 599 }).shippingDiscountTotal).toBe(200);
  });
});

describe("promotion eligibility", () => {
  const lines = [
    line({ key: 1, productId: 10, categoryIds: [5, 1], brandId: 7, unitPrice: 1000 }),
    line({ key: 2, productId: 20, categoryIds: [6, 1], brandId: 8, unitPrice: 3000 }),
  ];
  const allocated = (p: Parameters<typeof promo>[0]) =>
    only({ type: "percent_off", amount: 10, ...p }, { lines }).discounts[0]?.allocations ?? [];
  it("scopes by product, category (with ancestors) and brand", () => {
    expect(allocated({})).toEqual([
      { key: 1, amount: 100 },
      { key: 2, amount: 300 },
    ]);
    expect(allocated({ productIds: [20] })).toEqual([{ key: 2, amount: 300 }]);
    expect(allocated({ categoryIds: [5] })).toEqual([{ key: 1, amount: 100 }]);
    expect(allocated({ categoryIds: [1] })).toHaveLength(2);
    expect(allocated({ brandIds: [8] })).toEqual([{ key: 2, amount: 300 }]);
    expect(allocated({ productIds: [10], brandIds: [8] })).toHaveLength(2);
    expect(allocated({ productIds: [99] })).toEqual([]);
  });
  it("needs the minimum spend on eligible items only", () => {
    expect(allocated({ minSpend: 1000, productIds: [10] })).toHaveLength(1);
    expect(allocated({ minSpend: 1001, productIds: [10] })).toEqual([]);
    expect(allocated({ minSpend: 4000 })).toHaveLength(2);
  });
  it("applies within its window only (end exclusive)", () => {
    expect(allocated({ startsAt: NOW, endsAt: new Date(NOW.getTime() + HOUR) })).toHaveLength(2);
    expect(allocated({ startsAt: new Date(NOW.getTime() + 1) })).toEqual([]);
    expect(allocated({ endsAt: NOW })).toEqual([]);
    expect(allocated({ stopped: true })).toEqual([]);
  });
  it("respects the usage and per-customer limits", () => {
    expect(allocated({ usageLimit: 5, usedCount: 4 })).toHaveLength(2);
    expect(allocated({ usageLimit: 5, usedCount: 5 })).toEqual([]);
    const uses = (n: number) =>
      priceOrder(input({ lines, promotions: [promo({ perCustomerLimit: 2 })], customer: customer({ promotionUses: { 1: n } }) }));
    expect(uses(1).discounts).toHaveLength(1);
    expect(uses(2).discounts).toEqual([]);
  });
  it("first-order-only promotions need a first order", () => {
    const first = (firstOrder: boolean) =>
      priceOrder(input({ lines, promotions: [promo({ firstOrderOnly: true })], customer: customer({ firstOrder }) }));
    expect(first(true).discounts).toHaveLength(1);
    expect(first(false).discounts).toEqual([]);
  });
  it("member-only promotions need a tier at least as high", () => {
    const member = (t: ReturnType<typeof tier> | null) =>
      priceOrder(input({ lines, promotions: [promo({ minTierSpend: 50_000 })], customer: customer({ tier: t }) }));
    expect(member(null).discounts).toEqual([]);
    expect(member(tier({ minSpend: 20_000 })).discounts).toEqual([]);
    expect(member(tier({ minSpend: 50_000 })).discounts).toHaveLength(1);
    expect(member(tier({ minSpend: 100_000 })).discounts).toHaveLength(1);
  });
  it("ignores automatic promotions that carry a code (coupons apply only when entered)", () => {
    expect(priceOrder(input({ lines, promotions: [promo({ code: "SECRET" })] })).discounts).toEqual([]);
  });
});
