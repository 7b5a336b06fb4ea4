import { allocate } from "./allocate";
import { ceilDiv } from "./rounding";
import { takeItems, type PricingState } from "./state";
import type { AppliedDiscount, PointsRules, PricingLine } from "./types";

// The rules count points per 1.00 of the currency: `unit` is its minor units (minorUnitsPerMajor: 100 for USD, 1 for JPY).

/** What points can pay for items costing `itemsLeft` (after the other discounts) with this balance. */
export function pointsLimits(rules: PointsRules, balance: number, itemsLeft: number, unit: number) {
  const rate = rules.redeemPointsPerUnit;
  if (!rules.enabled || rate <= 0 || balance <= 0) return { maxValue: 0, affordable: 0, maxUsable: 0 };
  const percent = Math.min(100, Math.max(0, rules.maxRedeemPercent));
  const maxValue = Math.floor((Math.max(0, itemsLeft) * percent) / 100);
  const affordable = Math.floor((balance * unit) / rate);
  const maxUsable = Math.min(balance, ceilDiv(maxValue * rate, unit));
  return { maxValue, affordable, maxUsable };
}

/** The points a value costs: rounded up, so the shopper never gets a minor unit for free. */
export function pointsFor(value: number, rules: PointsRules, unit: number): number {
  return ceilDiv(value * rules.redeemPointsPerUnit, unit);
}

/** Points earned on what is paid for items after every items discount (points included), rounded down. */
export function pointsEarned(rules: PointsRules, paidForItems: number, unit: number): number {
  if (!rules.enabled) return 0;
  return Math.floor((Math.max(0, paidForItems) * Math.max(0, rules.earnPointsPerUnit)) / unit);
}

/**
 * Step 6: paying with points, last. Pays as much as the balance and the
 * maximum share allow, allocated over the lines in proportion to what is left.
 */
export function redeemPoints(
  rules: PointsRules & { use: boolean },
  balance: number,
  lines: readonly PricingLine[],
  state: PricingState,
  unit: number,
): { discount: AppliedDiscount | null; used: number; value: number; maxUsable: number } {
  const itemsLeft = state.remaining.reduce((total, r) => total + r, 0);
  const { maxValue, affordable, maxUsable } = pointsLimits(rules, balance, itemsLeft, unit);
  if (!rules.use || maxUsable === 0) return { discount: null, used: 0, value: 0, maxUsable };
  const value = Math.min(maxValue, affordable, itemsLeft);
  if (value <= 0) return { discount: null, used: 0, value: 0, maxUsable };
  const used = pointsFor(value, rules, unit);
  const label = `Points (${used.toLocaleString("en-US")})`;
  const discount = takeItems({ source: "points", label, points: used }, allocate(value, state.remaining), lines, state);
  return { discount, used, value, maxUsable };
}
