import { promotionShares, shippingAmount } from "./promotion-rules";
import { sum } from "./rounding";
import { cloneState, takeItems, takeShipping, type DiscountHead, type PricingState } from "./state";
import type { AppliedDiscount, PricingLine, PricingPromotion } from "./types";

/** An eligible promotion: `code` (upper-cased) is set for the entered coupon. */
export type Candidate = {
  promotion: PricingPromotion;
  code: string | null;
  /** per line, whether it is in the promotion's scope */
  scope: boolean[];
  /** the eligible amount before any promotion (spend tiers are reached on it) */
  thresholdBase: number;
};

export type Outcome = { candidates: Candidate[]; discounts: AppliedDiscount[]; state: PricingState; total: number };

const byPriority = (a: Candidate, b: Candidate) => b.promotion.priority - a.promotion.priority || a.promotion.id - b.promotion.id;

function head(c: Candidate): DiscountHead {
  return c.code === null
    ? { source: "automatic", label: c.promotion.name, promotionId: c.promotion.id }
    : { source: "coupon", label: `Coupon ${c.code}`, promotionId: c.promotion.id, code: c.code };
}

/** Applies one option's promotions in priority order (desc, then id), each on what the earlier ones left. */
export function applyOption(candidates: readonly Candidate[], lines: readonly PricingLine[], start: PricingState): Outcome {
  const state = cloneState(start);
  const discounts: AppliedDiscount[] = [];
  const ordered = [...candidates].sort(byPriority);
  for (const c of ordered) {
    const p = c.promotion;
    const discount =
      p.type === "free_shipping"
        ? takeShipping(head(c), shippingAmount(p, state.shipping), state)
        : takeItems(head(c), promotionShares(p, lines, c.scope, state.remaining, c.thresholdBase), lines, state);
    if (discount) discounts.push(discount);
  }
  return { candidates: ordered, discounts, state, total: sum(discounts.map((d) => d.amount)) };
}

/**
 * Stacking: the options are all stackable promotions together and each
 * non-stackable promotion alone; the one that saves the most wins, ties going
 * to the option holding the coupon, then to the first. Null when nothing is eligible.
 */
export function chooseOption(candidates: readonly Candidate[], lines: readonly PricingLine[], start: PricingState): Outcome | null {
  const stackable = candidates.filter((c) => c.promotion.stackable);
  const alone = candidates.filter((c) => !c.promotion.stackable).sort(byPriority);
  const options = [...(stackable.length > 0 ? [stackable] : []), ...alone.map((c) => [c])];
  let best: Outcome | null = null;
  for (const option of options) {
    const outcome = applyOption(option, lines, start);
    const holdsCoupon = (o: Outcome) => o.candidates.some((c) => c.code !== null);
    if (!best || outcome.total > best.total || (outcome.total === best.total && holdsCoupon(outcome) && !holdsCoupon(best))) {
      best = outcome;
    }
  }
  return best;
}
