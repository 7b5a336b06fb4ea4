import { sum } from "./rounding";

/**
 * Splits `amount` over `weights` proportionally by the largest-remainder method:
 * each share is floored, then the leftover minor units go one by one to the
 * largest fractional parts (ties to the earlier weight). Shares sum to `amount`
 * exactly and none exceeds its weight (so `amount` may not exceed the weights' sum).
 * Products are taken in BigInt so that large carts stay exact.
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const clean = weights.map((w) => Math.max(0, w));
  const total = sum(clean);
  if (amount <= 0 || total <= 0) return clean.map(() => 0);
  if (amount > total) throw new RangeError(`Cannot allocate ${amount} over weights summing to ${total}`);
  const whole = BigInt(total);
  const parts = clean.map((weight, index) => {
    const n = BigInt(amount) * BigInt(weight);
    return { index, share: Number(n / whole), remainder: n % whole };
  });
  let left = amount - sum(parts.map((p) => p.share));
  const byRemainder = [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const part of byRemainder) {
    if (left === 0) break;
    part.share += 1;
    left -= 1;
  }
  return parts.map((p) => p.share);
}
