import {
  combineMessage,
  couponRefusalMessage,
  eligibleBase,
  inScope,
  refusal,
  unknownCouponMessage,
  type RuleContext,
} from "./promotion-rules";
import { chooseOption, type Candidate } from "./stacking";
import type { PricingState } from "./state";
import type { AppliedDiscount, PricingInput, PricingPromotion } from "./types";

export type PromotionsOutcome = {
  discounts: AppliedDiscount[];
  /** what is left to pay after the chosen promotions */
  state: PricingState;
  couponApplied: number | null;
  couponError: string | null;
};

/** The automatic promotions: one with a code is a coupon and applies only when entered. */
export function automaticPromotions(input: PricingInput): PricingPromotion[] {
  const couponId = input.coupon?.promotion?.id;
  return input.promotions.filter((p) => p.code === null && p.id !== couponId);
}

/**
 * Step 4: the eligible automatic promotions and the coupon, in the stacking
 * option that saves the most, and why the entered coupon does not apply.
 */
export function applyPromotions(input: PricingInput, ctx: RuleContext, state: PricingState): PromotionsOutcome {
  const candidate = (promotion: PricingPromotion, code: string | null): Candidate => {
    const scope = inScope(promotion, ctx.lines);
    return { promotion, code, scope, thresholdBase: eligibleBase(scope, ctx.remaining) };
  };
  const candidates = automaticPromotions(input)
    .filter((p) => refusal(p, ctx) === null)
    .map((p) => candidate(p, null));

  let couponError: string | null = null;
  let couponCode: string | null = null;
  const entered = input.coupon;
  if (entered && !entered.promotion) couponError = unknownCouponMessage(entered.code);
  if (entered?.promotion) {
    couponCode = (entered.promotion.code ?? entered.code).trim().toUpperCase();
    const reason = refusal(entered.promotion, ctx);
    if (reason) couponError = couponRefusalMessage(reason, couponCode, input.currency);
    else candidates.push(candidate(entered.promotion, couponCode));
  }

  const chosen = chooseOption(candidates, ctx.lines, state);
  if (!chosen) return { discounts: [], state, couponApplied: null, couponError };
  const couponApplied = chosen.candidates.find((c) => c.code !== null)?.promotion.id ?? null;
  if (couponCode && couponError === null && couponApplied === null) {
    // Eligible, but an option without it saves more: name the promotion that saves the most there.
    const top = chosen.discounts.reduce<AppliedDiscount | null>((best, d) => (!best || d.amount > best.amount ? d : best), null);
    const other = chosen.candidates.find((c) => c.promotion.id === top?.promotionId) ?? chosen.candidates[0];
    if (other) couponError = combineMessage(couponCode, other.promotion);
  }
  return { discounts: chosen.discounts, state: chosen.state, couponApplied, couponError };
}
