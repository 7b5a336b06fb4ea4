// TEMPORARY STUB (H2, branch orders): stands in for lib/pricing/context.ts (lead) and
// lib/pricing/price-order.ts (H1) until they are on main; delete this file then and
// import the real ones in ./mutations.ts. No discounts at all: the catalog prices.
import type { DbOrTx } from "@/db";
import type { PricingInput, PricingResult } from "@/lib/pricing/types";
import type { CheckoutLine } from "./cart-lines";

export async function loadPricingInput(
  _conn: DbOrTx,
  a: {
    cartLines: CheckoutLine[];
    userId: string | null;
    email: string;
    couponCode: string | null;
    usePoints: boolean;
    shipping: number | null;
    now: Date;
  },
): Promise<PricingInput> {
  return {
    now: a.now,
    currency: a.cartLines[0]?.currency ?? "USD",
    lines: a.cartLines.map((l) => ({
      key: l.variantId,
      productId: l.productId,
      categoryIds: [],
      brandId: null,
      unitPrice: l.unitPrice,
      quantity: l.quantity,
    })),
    shipping: a.shipping,
    customer: { tier: null, firstOrder: true, promotionUses: {}, flashUnits: {}, pointsBalance: 0 },
    promotions: [],
    coupon: null,
    flashSales: [],
    points: { enabled: false, redeemPointsPerUnit: 100, maxRedeemPercent: 50, earnPointsPerUnit: 1, use: a.usePoints },
  };
}

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
