import { isSuggestible, normaliseQuery } from "@/lib/catalog/search-text";

/** How many recent searches a shopper keeps (older ones are deleted). */
export const HISTORY_KEPT = 20;
/** How many recent searches the empty search box shows. */
export const HISTORY_SHOWN = 8;
/** Popular searches: the top POPULAR_SHOWN of the last POPULAR_DAYS days, each searched at least POPULAR_MIN_COUNT times. */
export const POPULAR_SHOWN = 6;
export const POPULAR_DAYS = 7;
export const POPULAR_MIN_COUNT = 3;

/**
 * The form a search is stored in: normalised like the search itself (NFKC, one
 * space, at most 100 characters) and lower-cased, so "Linen  Shirt" and
 * "linen shirt" are one entry. Null when there is nothing worth keeping.
 */
export function historyKey(input: string | null | undefined): string | null {
  const q = normaliseQuery(input).toLocaleLowerCase("en");
  return q && isSuggestible(q) ? q : null;
}

export type QueryCount = { query: string; count: number };

/**
 * Popular searches from per-day counts: counts of the same query summed, only
 * those reaching `min` (one shopper's odd search never shows to others),
 * highest first (ties alphabetical), at most `limit`.
 */
export function pickPopular(rows: QueryCount[], min = POPULAR_MIN_COUNT, limit = POPULAR_SHOWN): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) {
    const key = historyKey(r.query);
    if (key) totals.set(key, (totals.get(key) ?? 0) + r.count);
  }
  return [...totals]
    .filter(([, n]) => n >= min)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([q]) => q);
}

/** Popular searches minus those already in the shopper's recent list (shown once, as recent). */
export function withoutRecent(popular: string[], recent: string[]): string[] {
  const seen = new Set(recent);
  return popular.filter((q) => !seen.has(q));
}
