import { allocate } from "./allocate";
import { percentOf, sum } from "./rounding";
import { takeItems, takeShipping, type PricingState } from "./state";
import type { AppliedDiscount, PricingLine, PricingTier } from "./types";

/**
 * Step 3: the member tier's benefits. The percent off applies to the units at full
 * price (not to flash-sale units), allocated in proportion to those amounts; free
 * shipping takes the whole shipping price.
 */
export function applyMemberBenefits(
  tier: PricingTier | null,
  lines: readonly PricingLine[],
  flashUnits: readonly number[],
  shipping: number | null,
  state: PricingState,
): AppliedDiscount[] {
  if (!tier) return [];
  const discounts: AppliedDiscount[] = [];
  if (tier.percentOff > 0) {
    const fullPrice = lines.map((line, i) => (line.quantity - (flashUnits[i] ?? 0)) * line.unitPrice);
    const amount = Math.min(percentOf(sum(fullPrice), tier.percentOff), sum(fullPrice));
    const label = `${tier.name} member ${tier.percentOff}% off`;
    const discount = takeItems({ source: "member", label }, allocate(amount, fullPrice), lines, state);
    if (discount) discounts.push(discount);
  }
  if (tier.freeShipping && shipping !== null && shipping > 0) {
    const discount = takeShipping({ source: "member", label: `${tier.name} member free shipping` }, shipping, state);
    if (discount) discounts.push(discount);
  }
  return discounts;
}
