import type { AppliedDiscount, FlashClaim, PricingCustomer, PricingFlashSale, PricingLine } from "./types";
import { takeItems, type PricingState } from "./state";

/** The running sale that lowers this line's price (the lowest if several), or null. */
export function runningFlashSale(sales: readonly PricingFlashSale[], line: PricingLine, now: Date): PricingFlashSale | null {
  let best: PricingFlashSale | null = null;
  for (const sale of sales) {
    if (sale.key !== line.key || sale.salePrice >= line.unitPrice) continue;
    if (now < sale.startsAt || now >= sale.endsAt) continue;
    if (!best || sale.salePrice < best.salePrice) best = sale;
  }
  return best;
}

/** Units of a line at the sale price: within the quantity, the units left under the cap and the shopper's own limit. */
export function flashSaleUnits(sale: PricingFlashSale, line: PricingLine, customer: PricingCustomer): number {
  const own = sale.perCustomerLimit - (customer.flashUnits[sale.id] ?? 0);
  return Math.max(0, Math.min(line.quantity, sale.remaining, own));
}

/** Step 2: a flash sale is a price, so it always applies, to as many units as the cap and the shopper's limit allow. */
export function applyFlashSales(
  lines: readonly PricingLine[],
  sales: readonly PricingFlashSale[],
  customer: PricingCustomer,
  now: Date,
  state: PricingState,
): { discounts: AppliedDiscount[]; claims: FlashClaim[]; units: number[] } {
  const discounts: AppliedDiscount[] = [];
  const claims: FlashClaim[] = [];
  const units = lines.map(() => 0);
  for (const [i, line] of lines.entries()) {
    const sale = runningFlashSale(sales, line, now);
    if (!sale) continue;
    const n = flashSaleUnits(sale, line, customer);
    if (n <= 0) continue;
    units[i] = n;
    claims.push({ flashSaleId: sale.id, key: line.key, units: n });
    const shares = lines.map((_, j) => (j === i ? n * (line.unitPrice - sale.salePrice) : 0));
    const discount = takeItems({ source: "flash_sale", label: "Flash sale", flashSaleId: sale.id }, shares, lines, state);
    if (discount) discounts.push(discount);
  }
  return { discounts, claims, units };
}
