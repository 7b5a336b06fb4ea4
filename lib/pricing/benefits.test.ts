import { describe, expect, it } from "vitest";
import { priceOrder } from "./price-order";
import { HOUR, NOW, customer, flashSale, input, line, promo, tier } from "./test-fixtures";

describe("flash sales", () => {
  const flash = (sale: Parameters<typeof flashSale>[0], quantity: number, flashUnits: Record<number, number> = {}) =>
    priceOrder(input({ lines: [line({ unitPrice: 1000, quantity })], flashSales: [flashSale(sale)], customer: customer({ flashUnits }) }));
  it("prices units at the sale price and records the claim", () => {
    const r = flash({ perCustomerLimit: 5 }, 2);
    expect(r.discounts).toEqual([
      expect.objectContaining({
        source: "flash_sale",
        label: "Flash sale",
        flashSaleId: 1,
        amount: 1000,
        allocations: [{ key: 1, amount: 1000 }],
      }),
    ]);
    expect(r.flashClaims).toEqual([{ flashSaleId: 1, key: 1, units: 2 }]);
    expect(r.lines[0]).toMatchObject({ flashUnits: 2, discount: 1000, paid: 1000 });
  });
  it("limits units by the cap left and the shopper's own limit; the rest at the normal price", () => {
    expect(flash({ remaining: 2, perCustomerLimit: 10 }, 5).flashClaims[0]?.units).toBe(2);
    expect(flash({ remaining: 10, perCustomerLimit: 3 }, 5).flashClaims[0]?.units).toBe(3);
    const r = flash({ remaining: 10, perCustomerLimit: 3 }, 5, { 1: 2 });
    expect(r.flashClaims[0]?.units).toBe(1);
    expect(r.total).toBe(4500);
  });
  it("gives nothing when sold out, when the shopper has their share, outside the window or above the price", () => {
    expect(flash({ remaining: 0 }, 1).flashClaims).toEqual([]);
    expect(flash({ perCustomerLimit: 1 }, 1, { 1: 1 }).discounts).toEqual([]);
    expect(flash({ perCustomerLimit: 1 }, 1, { 1: 3 }).lines[0]?.flashUnits).toBe(0);
    expect(flash({ startsAt: new Date(NOW.getTime() + 1) }, 1).flashClaims).toEqual([]);
    expect(flash({ endsAt: NOW }, 1).flashClaims).toEqual([]);
    expect(flash({ salePrice: 1000 }, 1).flashClaims).toEqual([]);
  });
  it("applies only to its own variant", () => {
    expect(flash({ key: 2 }, 1).flashClaims).toEqual([]);
  });
  it("uses the lowest running sale of a variant", () => {
    const r = priceOrder(
      input({
        flashSales: [
          flashSale({ id: 1, salePrice: 700 }),
          flashSale({ id: 2, salePrice: 600 }),
          flashSale({ id: 3, salePrice: 100, endsAt: NOW }),
        ],
      }),
    );
    expect(r.flashClaims).toEqual([{ flashSaleId: 2, key: 1, units: 1 }]);
  });
});

describe("member tiers", () => {
  it("takes the tier's percent off the full-price units, half up, proportionally", () => {
    const r = priceOrder(
      input({
        lines: [line({ key: 1, unitPrice: 1000, quantity: 2 }), line({ key: 2, unitPrice: 1510 })],
        flashSales: [flashSale({ key: 1, salePrice: 500, endsAt: new Date(NOW.getTime() + HOUR) })],
        customer: customer({ tier: tier({ name: "Gold", percentOff: 5 }) }),
      }),
    );
    // full price: one unit of line 1 (1000) and line 2 (1510) → 5% of 2510 = 125.5 → 126
    expect(r.discounts[1]).toMatchObject({ source: "member", label: "Gold member 5% off", amount: 126, promotionId: null });
    expect(r.discounts[1]?.allocations).toEqual([
      { key: 1, amount: 50 },
      { key: 2, amount: 76 },
    ]);
  });
  it("gives free shipping when there is a shipping price", () => {
    const gold = customer({ tier: tier({ name: "Gold", freeShipping: true }) });
    const r = priceOrder(input({ customer: gold, shipping: 799 }));
    expect(r.discounts).toEqual([
      expect.objectContaining({ source: "member", target: "shipping", label: "Gold member free shipping", amount: 799 }),
    ]);
    expect(r.total).toBe(1000);
    expect(priceOrder(input({ customer: gold, shipping: null })).discounts).toEqual([]);
    expect(priceOrder(input({ customer: gold, shipping: 0 })).discounts).toEqual([]);
  });
  it("leaves no shipping for a free-shipping promotion after member free shipping", () => {
    const r = priceOrder(
      input({ customer: customer({ tier: tier({ freeShipping: true }) }), shipping: 799, promotions: [promo({ type: "free_shipping" })] }),
    );
    expect(r.discounts.map((d) => d.source)).toEqual(["member"]);
    expect(r.shippingDiscountTotal).toBe(799);
  });
  it("a tier without benefits gives nothing", () => {
    expect(priceOrder(input({ customer: customer({ tier: tier() }), shipping: 500 })).discounts).toEqual([]);
  });
});

describe("next spend tier", () => {
  const tiers = [
    { spend: 10_000, save: 1_000 },
    { spend: 20_000, save: 3_000 },
  ];
  const next = (unitPrice: number, over: Parameters<typeof promo>[0] = {}) =>
    priceOrder(
      input({ lines: [line({ unitPrice })], promotions: [promo({ id: 4, name: "Spend and save", type: "spend_save", tiers, ...over })] }),
    ).nextTier;
  it("shows how much more reaches the next tier", () => {
    expect(next(8_750)).toEqual({ promotionId: 4, name: "Spend and save", missing: 1_250, save: 1_000 });
    expect(next(18_750)).toEqual({ promotionId: 4, name: "Spend and save", missing: 1_250, save: 3_000 });
    expect(next(20_000)).toBeNull();
  });
  it("is measured after the flash and member prices", () => {
    const r = priceOrder(
      input({
        lines: [line({ unitPrice: 10_000 })],
        customer: customer({ tier: tier({ percentOff: 10 }) }),
        promotions: [promo({ id: 4, type: "spend_save", tiers })],
      }),
    );
    expect(r.nextTier?.missing).toBe(1_000);
    expect(r.discounts.map((d) => d.source)).toEqual(["member"]);
  });
  it("ignores promotions that fail for another reason than the spend, and coupons", () => {
    expect(next(8_750, { endsAt: NOW })).toBeNull();
    expect(next(8_750, { productIds: [99] })).toBeNull();
    expect(next(8_750, { code: "SPEND" })).toBeNull();
  });
  it("takes the promotion with the smallest missing amount", () => {
    const r = priceOrder(
      input({
        lines: [line({ unitPrice: 5_000 })],
        promotions: [
          promo({ id: 1, name: "Far", type: "spend_save", tiers: [{ spend: 9_000, save: 900 }] }),
          promo({ id: 2, name: "Near", type: "spend_save", tiers: [{ spend: 6_000, save: 300 }] }),
        ],
      }),
    );
    expect(r.nextTier).toEqual({ promotionId: 2, name: "Near", missing: 1_000, save: 300 });
  });
});
