import { applyFlashSales } from "./flash-sale";
import { applyMemberBenefits } from "./member";
import { nextTier } from "./next-tier";
import { redeemPoints, pointsEarned } from "./points";
import {
  combineMessage,
  couponRefusalMessage,
  eligibleBase,
  refusal,
  inScope,
  unknownCouponMessage,
  type RuleContext,
} from "./promotion-rules";
import { sum } from "./rounding";
import { chooseOption, type Candidate } from "./stacking";
import type { PricedLine, PricingInput, PricingPromotion, PricingResult } from "./types";
import type { PricingState } from "./state";

/**
 * The pricing pipeline, shared by the cart, checkout and place-order: flash sale,
 * member price, promotions and the coupon (best stacking option), points, total.
 * Pure; the steps and rules are described in ./README.md.
 */
export function priceOrder(input: PricingInput): PricingResult {
  const { lines, customer, now, currency } = input;
  const lineTotals = lines.map((line) => line.unitPrice * line.quantity);
  const subtotal = sum(lineTotals);

  const state: PricingState = { remaining: [...lineTotals], shipping: input.shipping ?? 0 };

  const flash = applyFlashSales(lines, input.flashSales, customer, now, state);
  const member = applyMemberBenefits(customer.tier, lines, flash.units, input.shipping, state);

  const ctx: RuleContext = { now, customer, lines, remaining: [...state.remaining] };
  const coupon = input.coupon;
  const couponPromotion = coupon?.promotion ?? null;
  const couponCode = couponPromotion ? (couponPromotion.code ?? coupon!.code).trim().toUpperCase() : null;
  // Automatic promotions only: a coupon applies when its code was entered.
  const automatic = input.promotions.filter((p) => p.code === null && p.id !== couponPromotion?.id);
  const candidate = (promotion: PricingPromotion, code: string | null): Candidate => {
    const scope = inScope(promotion, lines);
    return { promotion, code, scope, thresholdBase: eligibleBase(scope, ctx.remaining) };
  };
  const candidates = automatic.filter((p) => refusal(p, ctx) === null).map((p) => candidate(p, null));

  let couponError: string | null = null;
  if (coupon && !couponPromotion) couponError = unknownCouponMessage(coupon.code);
  if (couponPromotion && couponCode) {
    const reason = refusal(couponPromotion, ctx);
    if (reason) couponError = couponRefusalMessage(reason, couponCode, currency);
    else candidates.push(candidate(couponPromotion, couponCode));
  }

  const chosen = chooseOption(candidates, lines, state);
  const couponApplied = chosen?.candidates.find((c) => c.code !== null)?.promotion.id ?? null;
  if (couponPromotion && couponCode && couponError === null && couponApplied === null && chosen) {
    // The coupon was eligible, but an option without it saves more: name the promotion that saves the most there.
    const top = [...chosen.discounts].sort((a, b) => b.amount - a.amount)[0];
    const other = chosen.candidates.find((c) => c.promotion.id === top?.promotionId) ?? chosen.candidates[0];
    if (other) couponError = combineMessage(couponCode, other.promotion);
  }
  const promotionState = chosen?.state ?? state;

  const points = redeemPoints(input.points, customer.pointsBalance, lines, promotionState);
  const discounts = [...flash.discounts, ...member, ...(chosen?.discounts ?? []), ...(points.discount ? [points.discount] : [])];

  const itemDiscountTotal = sum(discounts.filter((d) => d.target === "items").map((d) => d.amount));
  const shippingDiscountTotal = sum(discounts.filter((d) => d.target === "shipping").map((d) => d.amount));
  const discountTotal = itemDiscountTotal + shippingDiscountTotal;
  const priced: PricedLine[] = lines.map((line, i) => {
    const lineTotal = line.unitPrice * line.quantity;
    const paid = promotionState.remaining[i] ?? lineTotal;
    const { key, unitPrice, quantity } = line;
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
    couponError,
    couponApplied,
    nextTier: nextTier(automatic, ctx),
    flashClaims: flash.claims,
    points: {
      used: points.used,
      value: points.value,
      maxUsable: points.maxUsable,
      balance: customer.pointsBalance,
      willEarn: pointsEarned(input.points, subtotal - itemDiscountTotal),
    },
  };
}
