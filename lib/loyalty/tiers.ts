import type { PricingTier } from "@/lib/pricing/types";

/** A member tier as the app sees it (the pricing pipeline's PricingTier). */
export type MemberTier = PricingTier;

/** The tier above the shopper's and how much more 12-month spend reaches it. */
export type NextTier = { tier: MemberTier; missing: number };

const byMinSpend = (tiers: readonly MemberTier[]) => [...tiers].sort((a, b) => a.minSpend - b.minSpend);

/** The highest tier whose minimum spend `spend` reaches; null when it reaches none (or there are no tiers). */
export function tierForSpend(tiers: readonly MemberTier[], spend: number): MemberTier | null {
  let found: MemberTier | null = null;
  for (const tier of byMinSpend(tiers)) if (tier.minSpend <= spend) found = tier;
  return found;
}

/** The lowest tier `spend` does not reach yet, with what is missing; null at the top. */
export function nextTierForSpend(tiers: readonly MemberTier[], spend: number): NextTier | null {
  const next = byMinSpend(tiers).find((t) => t.minSpend > spend);
  return next ? { tier: next, missing: next.minSpend - spend } : null;
}

/** What a tier gives, in words, e.g. ["5% off every order", "Free shipping"]; empty for none. */
export function tierBenefits(tier: Pick<MemberTier, "percentOff" | "freeShipping">): string[] {
  const benefits: string[] = [];
  if (tier.percentOff > 0) benefits.push(`${tier.percentOff}% off the items of every order`);
  if (tier.freeShipping) benefits.push("Free shipping");
  return benefits;
}

/** The start of the 12-month window whose paid orders count for a tier. */
export function spendWindowStart(now: Date): Date {
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return start;
}
