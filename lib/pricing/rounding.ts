/** Integer arithmetic for the pricing pipeline: amounts are minor units, never floats. */

/** amount × percent / 100 rounded half up (0.5 → 1), exact for non-negative integers. */
export function percentOf(amount: number, percent: number): number {
  const n = amount * percent + 50;
  return (n - (n % 100)) / 100;
}

/** a / b rounded up, for non-negative integers. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
