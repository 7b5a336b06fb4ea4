import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { priceOrder } from "./price-order";
import { HOUR, NOW } from "./test-fixtures";
import type { PricingFlashSale, PricingInput, PricingLine, PricingPromotion, PricingTier } from "./types";

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);
const ids = (max: number) => fc.uniqueArray(fc.integer({ min: 1, max }), { maxLength: 2 });
/** Mostly null: most promotions have no window, limits or narrowed scope, so that many of them apply. */
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: arb, weight: 1 });
const seldom = fc.integer({ min: 0, max: 7 }).map((n) => n === 0);
const moment = rarely(fc.integer({ min: -3, max: 3 }).map((h) => new Date(NOW.getTime() + h * HOUR)));
const scope = (max: number) => rarely(ids(max)).map((list) => list ?? []);

const lineArb = (key: number): fc.Arbitrary<PricingLine> =>
  fc.record({
    key: fc.constant(key),
    productId: fc.integer({ min: 1, max: 5 }),
    categoryIds: ids(4),
    brandId: fc.option(fc.integer({ min: 1, max: 3 })),
    unitPrice: fc.oneof(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 99 })),
    quantity: fc.integer({ min: 0, max: 10 }),
  });

const promotionArb = (id: number, code: string | null): fc.Arbitrary<PricingPromotion> =>
  fc
    .record({
      type: fc.constantFrom("percent_off", "fixed_off", "free_shipping", "spend_save", "buy_x_get_y" as const),
      percent: fc.integer({ min: 1, max: 100 }),
      fixed: fc.integer({ min: 0, max: 30_000 }),
      tiers: fc.array(fc.record({ spend: fc.integer({ min: 0, max: 60_000 }), save: fc.integer({ min: 0, max: 20_000 }) }), {
        maxLength: 3,
      }),
      buyQuantity: fc.integer({ min: 1, max: 3 }),
      getQuantity: fc.integer({ min: 1, max: 3 }),
      minSpend: rarely(fc.integer({ min: 0, max: 40_000 })).map((n) => n ?? 0),
      maxDiscount: rarely(fc.integer({ min: 1, max: 20_000 })),
      startsAt: moment,
      endsAt: moment,
      usageLimit: rarely(fc.integer({ min: 1, max: 3 })),
      perCustomerLimit: rarely(fc.integer({ min: 1, max: 2 })),
      usedCount: fc.integer({ min: 0, max: 3 }),
      firstOrderOnly: seldom,
      stackable: fc.boolean(),
      priority: fc.integer({ min: 0, max: 3 }),
      productIds: scope(5),
      categoryIds: scope(4),
      brandIds: scope(3),
      minTierSpend: rarely(fc.integer({ min: 0, max: 3 }).map((n) => n * 10_000)),
      stopped: seldom,
    })
    .map(({ type, percent, fixed, ...p }) => ({ ...p, id, name: `P${id}`, code, type, amount: type === "percent_off" ? percent : fixed }));

const tierArb: fc.Arbitrary<PricingTier> = fc.record({
  id: fc.constant(1),
  name: fc.constantFrom("Silver", "Gold"),
  minSpend: fc.integer({ min: 0, max: 3 }).map((n) => n * 10_000),
  percentOff: fc.integer({ min: 0, max: 100 }),
  freeShipping: fc.boolean(),
});

const flashArb = (id: number): fc.Arbitrary<PricingFlashSale> =>
  fc.record({
    id: fc.constant(id),
    key: fc.integer({ min: 1, max: 6 }),
    salePrice: fc.integer({ min: 0, max: 50_000 }),
    remaining: fc.integer({ min: 0, max: 10 }),
    perCustomerLimit: fc.integer({ min: 1, max: 5 }),
    startsAt: fc.integer({ min: -2, max: 1 }).map((h) => new Date(NOW.getTime() + h * HOUR)),
    endsAt: fc.integer({ min: 0, max: 2 }).map((h) => new Date(NOW.getTime() + h * HOUR + 1)),
  });

const inputArb: fc.Arbitrary<PricingInput> = fc
  .record({
    lines: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(i + 1)))),
    shipping: fc.option(fc.integer({ min: 0, max: 2_000 })),
    tier: fc.option(tierArb),
    firstOrder: fc.boolean(),
    promotionUses: fc.dictionary(fc.integer({ min: 1, max: 6 }).map(String), fc.integer({ min: 0, max: 2 })),
    flashUnits: fc.dictionary(fc.integer({ min: 1, max: 3 }).map(String), fc.integer({ min: 0, max: 5 })),
    pointsBalance: fc.integer({ min: 0, max: 100_000 }),
    promotions: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => promotionArb(i + 1, null)))),
    coupon: fc.option(fc.record({ code: fc.constantFrom("save10", "SAVE10"), promotion: fc.option(promotionArb(6, "Save10")) })),
    flashSales: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => flashArb(i + 1)))),
    points: fc.record({
      enabled: fc.boolean(),
      redeemPointsPerUnit: fc.integer({ min: 1, max: 500 }),
      maxRedeemPercent: fc.integer({ min: 0, max: 100 }),
      earnPointsPerUnit: fc.integer({ min: 0, max: 10 }),
      use: fc.boolean(),
    }),
  })
  .map(({ tier, firstOrder, promotionUses, flashUnits, pointsBalance, ...rest }) => ({
    ...rest,
    now: NOW,
    currency: "USD",
    customer: {
      tier,
      firstOrder,
      promotionUses: Object.fromEntries(Object.entries(promotionUses).map(([k, v]) => [Number(k), v])),
      flashUnits: Object.fromEntries(Object.entries(flashUnits).map(([k, v]) => [Number(k), v])),
      pointsBalance,
    },
  }));

describe("priceOrder properties", () => {
  it("adds up, never goes negative and allocates every items discount exactly", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = priceOrder(input);
        const shipping = input.shipping ?? 0;
        expect(r.subtotal).toBe(sumOf(input.lines.map((l) => l.unitPrice * l.quantity)));
        expect(r.total).toBe(r.subtotal + shipping - r.discountTotal);
        expect(r.total).toBeGreaterThanOrEqual(0);

        const items = r.discounts.filter((d) => d.target === "items");
        const shippingRows = r.discounts.filter((d) => d.target === "shipping");
        expect(r.itemDiscountTotal).toBe(sumOf(items.map((d) => d.amount)));
        expect(r.shippingDiscountTotal).toBe(sumOf(shippingRows.map((d) => d.amount)));
        expect(r.discountTotal).toBe(r.itemDiscountTotal + r.shippingDiscountTotal);
        expect(r.shippingDiscountTotal).toBeLessThanOrEqual(shipping);
        expect(r.itemDiscountTotal).toBeLessThanOrEqual(r.subtotal);

        for (const d of r.discounts) {
          expect(d.amount).toBeGreaterThan(0);
          expect(Number.isInteger(d.amount)).toBe(true);
          if (d.target === "shipping") expect(d.allocations).toEqual([]);
          else expect(sumOf(d.allocations.map((a) => a.amount))).toBe(d.amount);
          for (const a of d.allocations) expect(a.amount).toBeGreaterThan(0);
        }
        for (const [i, line] of r.lines.entries()) {
          const allocated = sumOf(items.flatMap((d) => d.allocations.filter((a) => a.key === line.key).map((a) => a.amount)));
          expect(line.lineTotal).toBe(line.unitPrice * line.quantity);
          expect(line.discount).toBe(allocated);
          expect(line.discount).toBeLessThanOrEqual(line.lineTotal);
          expect(line.paid).toBe(line.lineTotal - line.discount);
          expect(line.paid).toBeGreaterThanOrEqual(0);
          expect(line.flashUnits).toBeLessThanOrEqual(input.lines[i]?.quantity ?? 0);
        }
        expect(sumOf(r.lines.map((l) => l.paid))).toBe(r.subtotal - r.itemDiscountTotal);

        for (const claim of r.flashClaims) {
          const sale = input.flashSales.find((s) => s.id === claim.flashSaleId);
          expect(claim.units).toBeGreaterThan(0);
          expect(claim.units).toBeLessThanOrEqual(sale?.remaining ?? 0);
          expect(claim.units + (input.customer.flashUnits[claim.flashSaleId] ?? 0)).toBeLessThanOrEqual(sale?.perCustomerLimit ?? 0);
        }
        expect(r.points.used).toBeLessThanOrEqual(input.customer.pointsBalance);
        expect(r.points.used).toBeLessThanOrEqual(Math.max(r.points.maxUsable, 0));
        if (r.couponApplied !== null) expect(r.couponError).toBeNull();
        if (input.coupon && r.couponApplied === null) expect(r.couponError).not.toBeNull();
        if (r.nextTier) expect(r.nextTier.missing).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
