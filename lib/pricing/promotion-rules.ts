import { formatMoney } from "@/lib/money";
import { allocate } from "./allocate";
import { percentOf, sum } from "./rounding";
import type { PricingCustomer, PricingLine, PricingPromotion, SpendTier } from "./types";

/** Why a promotion does not apply, in the order the coupon messages check them. */
export type Refusal =
  | { kind: "stopped" }
  | { kind: "not-started"; startsAt: Date }
  | { kind: "ended"; endsAt: Date }
  | { kind: "used-up" }
  | { kind: "per-customer" }
  | { kind: "first-order" }
  | { kind: "tier" }
  | { kind: "scope" }
  | { kind: "minimum"; minimum: number; missing: number };

export type RuleContext = {
  now: Date;
  customer: PricingCustomer;
  lines: readonly PricingLine[];
  /** what is left to pay per line after the flash sale and member price (thresholds are measured on it) */
  remaining: readonly number[];
};

/** Per line, whether it is in the promotion's scope: every line when the promotion names no product, category or brand. */
export function inScope(p: PricingPromotion, lines: readonly PricingLine[]): boolean[] {
  const open = p.productIds.length === 0 && p.categoryIds.length === 0 && p.brandIds.length === 0;
  return lines.map(
    (line) =>
      open ||
      p.productIds.includes(line.productId) ||
      line.categoryIds.some((id) => p.categoryIds.includes(id)) ||
      (line.brandId !== null && p.brandIds.includes(line.brandId)),
  );
}

/** What is left to pay on the lines in scope. */
export function eligibleBase(scope: readonly boolean[], remaining: readonly number[]): number {
  return sum(remaining.filter((_, i) => scope[i]));
}

/** The highest spend-X-save-Y tier reached by `base`, or null. */
export function reachedTier(p: PricingPromotion, base: number): SpendTier | null {
  let best: SpendTier | null = null;
  for (const tier of p.tiers) if (tier.spend <= base && (!best || tier.spend > best.spend)) best = tier;
  return best;
}

/** The eligible spend a promotion needs: its minimum spend, and for spend-X-save-Y its lowest tier too. */
export function minimumSpend(p: PricingPromotion): number {
  if (p.type !== "spend_save" || p.tiers.length === 0) return p.minSpend;
  return Math.max(p.minSpend, Math.min(...p.tiers.map((t) => t.spend)));
}

/** The first reason a promotion does not apply to this cart and shopper, or null when it is eligible. */
export function refusal(p: PricingPromotion, ctx: RuleContext): Refusal | null {
  const { now, customer } = ctx;
  if (p.stopped) return { kind: "stopped" };
  if (p.startsAt && now < p.startsAt) return { kind: "not-started", startsAt: p.startsAt };
  if (p.endsAt && now >= p.endsAt) return { kind: "ended", endsAt: p.endsAt };
  if (p.usageLimit !== null && p.usedCount >= p.usageLimit) return { kind: "used-up" };
  if (p.perCustomerLimit !== null && (customer.promotionUses[p.id] ?? 0) >= p.perCustomerLimit) return { kind: "per-customer" };
  if (p.firstOrderOnly && !customer.firstOrder) return { kind: "first-order" };
  if (p.minTierSpend !== null && !(customer.tier && customer.tier.minSpend >= p.minTierSpend)) return { kind: "tier" };
  const scope = inScope(p, ctx.lines);
  // A spend-X-save-Y without tiers can never give anything.
  if (!scope.includes(true) || (p.type === "spend_save" && p.tiers.length === 0)) return { kind: "scope" };
  const base = eligibleBase(scope, ctx.remaining);
  const minimum = minimumSpend(p);
  if (base < minimum) return { kind: "minimum", minimum, missing: minimum - base };
  return null;
}

/**
 * For buy X get Y: the value of the free units per line (the cheapest k·y of every x + y units), each at what is
 * left to pay for it after the discounts before this one (a unit on flash sale is free at its sale price, not
 * its list price), rounded down.
 */
function freeUnitValues(p: PricingPromotion, lines: readonly PricingLine[], scope: readonly boolean[], remaining: readonly number[]) {
  const values = lines.map(() => 0);
  const x = p.buyQuantity ?? 0;
  const y = p.getQuantity ?? 0;
  if (x <= 0 || y <= 0) return values;
  const eligible = lines.map((line, i) => ({ line, i, left: remaining[i] ?? 0 })).filter(({ i }) => scope[i]);
  let free = Math.floor(sum(eligible.map(({ line }) => line.quantity)) / (x + y)) * y;
  // The cheapest units first (what is left per unit, compared without division); at the same price, the later line's.
  eligible.sort((a, b) => a.left * b.line.quantity - b.left * a.line.quantity || b.i - a.i);
  for (const { line, i, left } of eligible) {
    if (free <= 0) break;
    const n = Math.min(free, line.quantity);
    if (n === 0) continue;
    values[i] = Math.floor((left * n) / line.quantity);
    free -= n;
  }
  return values;
}

/**
 * An items promotion's shares per line, on what is left to pay (`remaining`):
 * percent off rounded half up, fixed amount, the reached spend tier (reached on
 * `thresholdBase`, the eligible amount before any promotion) or the free units,
 * capped by maxDiscount and by the eligible amount, allocated by largest remainder.
 * Free shipping gives no items shares.
 */
export function promotionShares(
  p: PricingPromotion,
  lines: readonly PricingLine[],
  scope: readonly boolean[],
  remaining: readonly number[],
  thresholdBase: number,
): number[] {
  let weights = remaining.map((left, i) => (scope[i] ? left : 0));
  const base = sum(weights);
  let raw = 0;
  switch (p.type) {
    case "percent_off":
      raw = percentOf(base, Math.min(p.amount, 100));
      break;
    case "fixed_off":
      raw = p.amount;
      break;
    case "spend_save":
      raw = reachedTier(p, thresholdBase)?.save ?? 0;
      break;
    case "buy_x_get_y":
      weights = freeUnitValues(p, lines, scope, remaining);
      raw = sum(weights);
      break;
    case "free_shipping":
      return lines.map(() => 0);
  }
  const amount = Math.max(0, Math.min(raw, p.maxDiscount ?? raw, sum(weights)));
  return allocate(amount, weights);
}

/** A free-shipping promotion's amount: what is left of the shipping price, capped by maxDiscount. */
export function shippingAmount(p: PricingPromotion, shippingLeft: number): number {
  return p.type === "free_shipping" ? Math.max(0, Math.min(shippingLeft, p.maxDiscount ?? shippingLeft)) : 0;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function unknownCouponMessage(typed: string): string {
  return `There is no coupon with the code ${typed.trim()}.`;
}

/** What the shopper reads when the coupon `code` (upper-cased) is refused. */
export function couponRefusalMessage(reason: Refusal, code: string, currency: string): string {
  switch (reason.kind) {
    case "stopped":
      return `The coupon ${code} is no longer active.`;
    case "not-started":
      return `The coupon ${code} is valid from ${day(reason.startsAt)}.`;
    case "ended":
      return `The coupon ${code} expired on ${day(reason.endsAt)}.`;
    case "used-up":
      return `The coupon ${code} has been used up.`;
    case "per-customer":
      return `You have already used the coupon ${code}.`;
    case "first-order":
      return `The coupon ${code} is for a first order only.`;
    case "tier":
      return `The coupon ${code} is for higher member tiers.`;
    case "scope":
      return `The coupon ${code} does not apply to the items in your cart.`;
    case "minimum": {
      const min = formatMoney({ amount: reason.minimum, currency });
      const missing = formatMoney({ amount: reason.missing, currency });
      return `Spend ${min} on eligible items to use the coupon ${code}: add ${missing} more.`;
    }
  }
}

export function combineMessage(code: string, other: PricingPromotion): string {
  return `${code} cannot be combined with ${other.name}, which saves you more.`;
}
