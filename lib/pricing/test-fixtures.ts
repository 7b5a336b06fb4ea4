/** Builders for the pricing tests: sensible defaults, override what a test is about. */
import type { PricingCustomer, PricingFlashSale, PricingInput, PricingLine, PricingPromotion, PricingTier } from "./types";

export const NOW = new Date("2026-06-15T12:00:00Z");
export const HOUR = 3_600_000;

export function line(over: Partial<PricingLine> = {}): PricingLine {
  return { key: 1, productId: 1, categoryIds: [], brandId: null, unitPrice: 1000, quantity: 1, ...over };
}

export function promo(over: Partial<PricingPromotion> = {}): PricingPromotion {
  return {
    id: 1,
    name: "Sale",
    code: null,
    type: "percent_off",
    amount: 10,
    tiers: [],
    buyQuantity: null,
    getQuantity: null,
    minSpend: 0,
    maxDiscount: null,
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    usedCount: 0,
    firstOrderOnly: false,
    stackable: true,
    priority: 0,
    productIds: [],
    categoryIds: [],
    brandIds: [],
    minTierSpend: null,
    stopped: false,
    ...over,
  };
}

export function coupon(code: string, over: Partial<PricingPromotion> = {}): PricingPromotion {
  return promo({ id: 100, name: `Coupon ${code}`, code, ...over });
}

export function tier(over: Partial<PricingTier> = {}): PricingTier {
  return { id: 1, name: "Gold", minSpend: 100_000, percentOff: 0, freeShipping: false, ...over };
}

export function flashSale(over: Partial<PricingFlashSale> = {}): PricingFlashSale {
  return {
    id: 1,
    key: 1,
    salePrice: 500,
    remaining: 10,
    perCustomerLimit: 1,
    startsAt: new Date(NOW.getTime() - HOUR),
    endsAt: new Date(NOW.getTime() + HOUR),
    ...over,
  };
}

export function customer(over: Partial<PricingCustomer> = {}): PricingCustomer {
  return { tier: null, firstOrder: false, promotionUses: {}, flashUnits: {}, pointsBalance: 0, ...over };
}

export function input(over: Partial<PricingInput> = {}): PricingInput {
  return {
    now: NOW,
    currency: "USD",
    lines: [line()],
    shipping: null,
    customer: customer(),
    promotions: [],
    coupon: null,
    flashSales: [],
    points: { enabled: false, redeemPointsPerUnit: 100, maxRedeemPercent: 50, earnPointsPerUnit: 1, use: false },
    ...over,
  };
}

/** A coupon entered by the shopper: the code as typed and the promotion it names. */
export function entered(code: string, promotion: PricingPromotion | null): PricingInput["coupon"] {
  return { code, promotion };
}
