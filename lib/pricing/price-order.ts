import { applyFlashSales } from "./flash-sale";
import { applyMemberBenefits } from "./member";
import { nextTier } from "./next-tier";
import { minorUnitsPerMajor } from "@/lib/money";
import { pointsEarned, redeemPoints } from "./points";
import { applyPromotions, automaticPromotions } from "./promotions";
import { sum } from "./rounding";
import type { PricingState } from "./state";
import type { PricedLine, PricingInput, PricingResult } from "./types";

/**
 * The pricing pipeline, shared by the cart, checkout and place-order: flash sale,
 * member price, promotions and the coupon (the stacking option that saves most),
 * points, total. Pure; the steps and rules are described in ./README.md.
 */
export function priceOrder(input: PricingInput): PricingResult {
  const { lines, customer, now, currency } = input;
  const lineTotals = lines.map((line) => line.unitPrice * line.quantity);
  const subtotal = sum(lineTotals);
  const start: PricingState = { remaining: [...lineTotals], shipping: input.shipping ?? 0 };

  const flash = applyFlashSales(lines, input.flashSales, customer, now, start);
  const member = applyMemberBenefits(customer.tier, lines, flash.units, input.shipping, start);
  // Thresholds (minimum spend, spend tiers) are measured here, after the flash and member prices.
  const ctx = { now, customer, lines, remaining: [...start.remaining] };
  const promotions = applyPromotions(input, ctx, start);
  const { state } = promotions;
  const unit = minorUnitsPerMajor(input.currency);
  const points = redeemPoints(input.points, customer.pointsBalance, lines, state, unit);

  const discounts = [...flash.discounts, ...member, ...promotions.discounts, ...(points.discount ? [points.discount] : [])];
  const itemDiscountTotal = sum(discounts.filter((d) => d.target === "items").map((d) => d.amount));
  const shippingDiscountTotal = sum(discounts.filter((d) => d.target === "shipping").map((d) => d.amount));
  const discountTotal = itemDiscountTotal + shippingDiscountTotal;
  const priced: PricedLine[] = lines.map(({ key, unitPrice, quantity }, i) => {
    const lineTotal = unitPrice * quantity;
    const paid = state.remaining[i] ?? lineTotal;
    return { key, unitPrice, quantity, lineTotal, flashUnits: flash.units[i] ?? 0, discount: lineTotal - paid, paid };
  });

  return {
    currency,
    lines: priced,
    subtotal,
    discounts,
    itemDiscountTotal,
    shipping: input.shipping,
    shippingDiscountTotal,
    discountTotal,
    total: Math.max(0, subtotal + (input.shipping ?? 0) - discountTotal),
    couponError: promotions.couponError,
    couponApplied: promotions.couponApplied,
    nextTier: nextTier(automaticPromotions(input), ctx),
    flashClaims: flash.claims,
    points: {
      used: points.used,
      value: points.value,
      maxUsable: points.maxUsable,
      balance: customer.pointsBalance,
      willEarn: pointsEarned(input.points, subtotal - itemDiscountTotal, unit),
    },
  };
}
