/**
 * Prices include tax (the store's one rate, in basis points: 1300 = 13%). A
 * document shows the tax its total already contains:
 *
 *   tax = total × rate / (10000 + rate), rounded half up to the minor unit
 *
 * computed once on the document's total (items after discounts plus shipping),
 * never per line, so the printed tax is what the total really contains and a
 * sum of rounded line taxes cannot drift from it. Integer arithmetic only:
 * tax = floor((2 × total × rate + (10000 + rate)) / (2 × (10000 + rate))), exact
 * for every total an order can have (total × rate stays far below 2^53).
 * A credit note uses the rate frozen on the invoice it corrects.
 */
export const MAX_TAX_RATE_BASIS_POINTS = 10_000;

export function includedTax(total: number, rateBasisPoints: number): number {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`An amount in minor units is a whole number ≥ 0, not ${total}`);
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > MAX_TAX_RATE_BASIS_POINTS) {
    throw new RangeError(`A tax rate is 0 to ${MAX_TAX_RATE_BASIS_POINTS} basis points, not ${rateBasisPoints}`);
  }
  if (rateBasisPoints === 0 || total === 0) return 0;
  const divisor = 10_000 + rateBasisPoints;
  return Math.floor((2 * total * rateBasisPoints + divisor) / (2 * divisor));
}

/** The tax line of a document: the rate's name and percentage with the tax the total contains; null when the rate is 0 (no tax line). */
export type TaxLine = { name: string; rateBasisPoints: number; amount: number; net: number };

export function taxLine(total: number, rate: { name: string; rateBasisPoints: number }): TaxLine | null {
  if (rate.rateBasisPoints === 0) return null;
  const amount = includedTax(total, rate.rateBasisPoints);
  return { name: rate.name, rateBasisPoints: rate.rateBasisPoints, amount, net: total - amount };
}

/**
 * The tax line of a credit note: the tax its amount takes back, counted on everything credited so far, so
 * the credit notes of an order never take back more tax than its invoice holds (rounded per note, a 1,000
 * invoice at 13% holds 115 but refunds of 22 and 978 would give back 3 + 113). `before`: what the order's
 * earlier credit notes credited and the tax they gave back.
 */
export function creditedTaxLine(
  amount: number,
  before: { total: number; tax: number },
  rate: { name: string; rateBasisPoints: number },
): TaxLine | null {
  if (rate.rateBasisPoints === 0) return null;
  const tax = Math.min(amount, Math.max(0, includedTax(before.total + amount, rate.rateBasisPoints) - before.tax));
  return { name: rate.name, rateBasisPoints: rate.rateBasisPoints, amount: tax, net: amount - tax };
}

/** 1300 → "13%", 650 → "6.5%", 1234 → "12.34%". */
export function formatTaxRate(rateBasisPoints: number): string {
  const whole = Math.floor(rateBasisPoints / 100);
  const cents = rateBasisPoints % 100;
  if (cents === 0) return `${whole}%`;
  return `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}%`;
}
