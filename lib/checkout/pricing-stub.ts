// TEMPORARY STUB (H2, branch orders): stands in for lib/pricing/price-order.ts (H1)
// until it is on main; delete this file then and import the real one in ./mutations.ts.
// No discounts at all: the catalog prices.
import type { PricingInput, PricingResult } from "@/lib/pricing/types";

export function priceOrder(input: PricingInput): PricingResult {
  const lines = input.lines.map((l) => ({
    key: l.key,
    unitPrice: l.unitPrice,
    quantity: l.quantity,
    lineTotal: l.unitPrice * l.quantity,
    flashUnits: 0,
    discount: 0,
    paid: l.unitPrice * l.quantity,
  }));
  const subtotal = lines.reduce((s, l) => s + l.lineTotal, 0);
  return {
    currency: input.currency,
    lines,
    subtotal,
    discounts: [],
    itemDiscountTotal: 0,
    shipping: input.shipping,
    shippingDiscountTotal: 0,
    discountTotal: 0,
    total: subtotal + (input.shipping ?? 0),
    couponError: null,
    couponApplied: null,
    nextTier: null,
    flashClaims: [],
    points: { used: 0, value: 0, maxUsable: 0, balance: 0, willEarn: 0 },
  };
}
