/** The store default for how many waiting shoppers each arrived unit may e-mail (store_settings.back_in_stock_multiple). */
export const DEFAULT_BACK_IN_STOCK_MULTIPLE = 3;
export const MAX_BACK_IN_STOCK_MULTIPLE = 100;

/**
 * How many waiting subscribers an arrival of stock may e-mail: the units that
 * arrived and are still there when the job runs (units sold meanwhile justify
 * nobody), times the store's multiple, because not everyone told will buy.
 * Nothing when the variant is sold out again.
 */
export function notifyQuota(arrivedUnits: number, stockNow: number, multiple: number): number {
  const units = Math.max(0, Math.min(Math.trunc(arrivedUnits), Math.trunc(stockNow)));
  const m = Number.isFinite(multiple)
    ? Math.min(MAX_BACK_IN_STOCK_MULTIPLE, Math.max(1, Math.trunc(multiple)))
    : DEFAULT_BACK_IN_STOCK_MULTIPLE;
  return units * m;
}
