import { describe, expect, it } from "vitest";
import { priceOrder } from "./price-order";
import { HOUR, NOW, coupon, customer, entered, input, line, promo, tier } from "./test-fixtures";
import type { PricingInput, PricingPromotion } from "./types";

const lines = [line({ key: 1, productId: 10, unitPrice: 3000 }), line({ key: 2, productId: 20, unitPrice: 2000 })];
const withCoupon = (c: PricingPromotion | null, typed = "welcome10", over: Partial<PricingInput> = {}) =>
  priceOrder(input({ lines, coupon: entered(typed, c), ...over }));

describe("coupons", () => {
  it("applies with its code upper-cased as code and label", () => {
    const r = withCoupon(coupon("Welcome10"));
    expect(r.couponError).toBeNull();
    expect(r.couponApplied).toBe(100);
    expect(r.discounts).toEqual([
      expect.objectContaining({ source: "coupon", code: "WELCOME10", label: "Coupon WELCOME10", promotionId: 100, amount: 500 }),
    ]);
  });
  it("a free-shipping coupon applies before a shipping method is chosen, without a discount row", () => {
    const r = withCoupon(coupon("SHIP", { type: "free_shipping" }), "ship", { shipping: null });
    expect(r.couponApplied).toBe(100);
    expect(r.couponError).toBeNull();
    expect(r.discounts).toEqual([]);
  });
});

describe("coupon refusals", () => {
  const message = (over: Partial<PricingPromotion>, extra: Partial<PricingInput> = {}) =>
    withCoupon(coupon("welcome10", over), "welcome10", extra).couponError;
  it("names every reason", () => {
    expect(withCoupon(null, "nope5").couponError).toBe("There is no coupon with the code nope5.");
    expect(message({ stopped: true })).toBe("The coupon WELCOME10 is no longer active.");
    expect(message({ startsAt: new Date("2026-07-01T00:00:00Z") })).toBe("The coupon WELCOME10 is valid from 2026-07-01.");
    expect(message({ endsAt: new Date("2026-06-01T00:00:00Z") })).toBe("The coupon WELCOME10 expired on 2026-06-01.");
    expect(message({ usageLimit: 500, usedCount: 500 })).toBe("The coupon WELCOME10 has been used up.");
    expect(message({ perCustomerLimit: 1 }, { customer: customer({ promotionUses: { 100: 1 } }) })).toBe(
      "You have already used the coupon WELCOME10.",
    );
    expect(message({ firstOrderOnly: true })).toBe("The coupon WELCOME10 is for a first order only.");
    expect(message({ minTierSpend: 50_000 }, { customer: customer({ tier: tier({ minSpend: 10_000 }) }) })).toBe(
      "The coupon WELCOME10 is for higher member tiers.",
    );
    expect(message({ productIds: [99] })).toBe("The coupon WELCOME10 does not apply to the items in your cart.");
    expect(message({ minSpend: 5_001 })).toBe("Spend $50.01 on eligible items to use the coupon WELCOME10: add $0.01 more.");
    expect(message({ productIds: [20], minSpend: 5_000 })).toBe(
      "Spend $50.00 on eligible items to use the coupon WELCOME10: add $30.00 more.",
    );
    expect(message({ type: "spend_save", tiers: [{ spend: 10_000, save: 1_000 }] })).toBe(
      "Spend $100.00 on eligible items to use the coupon WELCOME10: add $50.00 more.",
    );
  });
  it("gives the first reason that holds", () => {
    expect(message({ stopped: true, endsAt: new Date(NOW.getTime() - HOUR), minSpend: 99_999 })).toBe(
      "The coupon WELCOME10 is no longer active.",
    );
    expect(message({ usageLimit: 1, usedCount: 1, firstOrderOnly: true })).toBe("The coupon WELCOME10 has been used up.");
  });
  it("a refused coupon gives no discount and the other promotions still apply", () => {
    const r = withCoupon(coupon("welcome10", { minSpend: 99_999 }), "welcome10", { promotions: [promo({ amount: 20 })] });
    expect(r.couponApplied).toBeNull();
    expect(r.discounts.map((d) => d.source)).toEqual(["automatic"]);
  });
});

describe("stacking", () => {
  it("stackable promotions add up, in priority order, each on what the earlier left", () => {
    const r = withCoupon(coupon("welcome10", { amount: 10, priority: 0 }), "welcome10", {
      promotions: [promo({ id: 1, type: "fixed_off", amount: 1000, priority: 5, name: "Ten off" })],
    });
    // 50.00 − 10.00 = 40.00, then 10% of 40.00
    expect(r.discounts.map((d) => [d.label, d.amount])).toEqual([
      ["Ten off", 1000],
      ["Coupon WELCOME10", 400],
    ]);
    expect(r.couponApplied).toBe(100);
  });
  it("same priority applies by id", () => {
    const r = priceOrder(
      input({ lines, promotions: [promo({ id: 2, name: "B", type: "fixed_off", amount: 100 }), promo({ id: 1, name: "A", amount: 10 })] }),
    );
    expect(r.discounts.map((d) => [d.label, d.amount])).toEqual([
      ["A", 500],
      ["B", 100],
    ]);
  });
  it("a non-stackable promotion applies alone when it saves more", () => {
    const r = priceOrder(
      input({
        lines,
        promotions: [
          promo({ id: 1, name: "Five percent", amount: 5 }),
          promo({ id: 2, name: "Two percent", amount: 2 }),
          promo({ id: 3, name: "Big sale", amount: 30, stackable: false }),
        ],
      }),
    );
    expect(r.discounts.map((d) => d.label)).toEqual(["Big sale"]);
    expect(r.discountTotal).toBe(1500);
  });
  it("the stackable set wins when it saves more than any one alone", () => {
    const r = priceOrder(
      input({
        lines,
        promotions: [
          promo({ id: 1, amount: 10, name: "A" }),
          promo({ id: 2, amount: 10, name: "B" }),
          promo({ id: 3, amount: 15, stackable: false, name: "C" }),
        ],
      }),
    );
    expect(r.discounts.map((d) => d.label)).toEqual(["A", "B"]);
  });
  it("a coupon that is not chosen says what saves more", () => {
    const r = withCoupon(coupon("welcome10", { amount: 10, stackable: false }), "welcome10", {
      promotions: [promo({ id: 1, name: "Summer sale", amount: 20 })],
    });
    expect(r.couponApplied).toBeNull();
    expect(r.couponError).toBe("WELCOME10 cannot be combined with Summer sale, which saves you more.");
    expect(r.discounts.map((d) => d.label)).toEqual(["Summer sale"]);
    const against = withCoupon(coupon("welcome10", { amount: 10 }), "welcome10", {
      promotions: [promo({ id: 1, name: "Half price", amount: 50, stackable: false })],
    });
    expect(against.couponError).toBe("WELCOME10 cannot be combined with Half price, which saves you more.");
  });
  it("the combine message names the promotion that saves the most in the winning option", () => {
    const r = withCoupon(coupon("welcome10", { amount: 10, stackable: false }), "welcome10", {
      promotions: [promo({ id: 1, name: "Small", amount: 5, priority: 9 }), promo({ id: 2, name: "Large", amount: 8 })],
    });
    expect(r.couponError).toBe("WELCOME10 cannot be combined with Large, which saves you more.");
  });
  it("a tie goes to the option holding the coupon", () => {
    const r = withCoupon(coupon("welcome10", { amount: 10, stackable: false }), "welcome10", {
      promotions: [promo({ id: 1, name: "Ten percent", amount: 10 })],
    });
    expect(r.couponApplied).toBe(100);
    expect(r.couponError).toBeNull();
    expect(r.discounts.map((d) => d.label)).toEqual(["Coupon WELCOME10"]);
  });
  it("promotions stack on top of the flash price and the member price", () => {
    const r = priceOrder(
      input({
        lines: [line({ unitPrice: 1000, quantity: 2 })],
        flashSales: [
          {
            id: 7,
            key: 1,
            salePrice: 600,
            remaining: 5,
            perCustomerLimit: 1,
            startsAt: new Date(NOW.getTime() - HOUR),
            endsAt: new Date(NOW.getTime() + HOUR),
          },
        ],
        customer: customer({ tier: tier({ percentOff: 10 }) }),
        promotions: [promo({ amount: 50 })],
      }),
    );
    // 2000: flash −400 (one unit), member 10% of the full-price unit −100, then 50% of the 1500 left −750
    expect(r.discounts.map((d) => [d.source, d.amount])).toEqual([
      ["flash_sale", 400],
      ["member", 100],
      ["automatic", 750],
    ]);
    expect(r.total).toBe(750);
  });
});
