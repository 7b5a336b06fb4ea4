import type { AppliedDiscount, PricingLine } from "./types";
import { sum } from "./rounding";

/** What is still to pay while the pipeline runs: per line (same order as the input lines) and for shipping. */
export type PricingState = { remaining: number[]; shipping: number };

export type DiscountHead = Pick<AppliedDiscount, "source" | "label"> &
  Partial<Pick<AppliedDiscount, "promotionId" | "flashSaleId" | "code" | "points">>;

export function cloneState(state: PricingState): PricingState {
  return { remaining: [...state.remaining], shipping: state.shipping };
}

function row(head: DiscountHead): Omit<AppliedDiscount, "target" | "amount" | "allocations"> {
  return {
    source: head.source,
    label: head.label,
    promotionId: head.promotionId ?? null,
    flashSaleId: head.flashSaleId ?? null,
    code: head.code ?? null,
    points: head.points ?? null,
  };
}

/** An items discount from per-line shares (taken off the state), or null when it comes to nothing. */
export function takeItems(
  head: DiscountHead,
  shares: readonly number[],
  lines: readonly PricingLine[],
  state: PricingState,
): AppliedDiscount | null {
  const amount = sum(shares);
  if (amount <= 0) return null;
  const allocations = lines.flatMap((line, i) => {
    const share = shares[i] ?? 0;
    return share > 0 ? [{ key: line.key, amount: share }] : [];
  });
  state.remaining = state.remaining.map((left, i) => left - (shares[i] ?? 0));
  return { ...row(head), target: "items", amount, allocations };
}

/** A shipping discount (taken off the state), or null when it comes to nothing. */
export function takeShipping(head: DiscountHead, amount: number, state: PricingState): AppliedDiscount | null {
  const taken = Math.min(amount, state.shipping);
  if (taken <= 0) return null;
  state.shipping -= taken;
  return { ...row(head), target: "shipping", amount: taken, allocations: [] };
}
