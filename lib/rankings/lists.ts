/**
 * The rankings shown on /rankings (their headings and figures are the `rankings` messages).
 * Best sellers count units of paid orders whose payment falls in the period
 * (the last 7 or 30 days before the rollup's refresh, rolling, so a list is never empty on a Monday
 * morning); orders cancelled or refunded in full are left out, partial refunds
 * still count. Pure: no I/O.
 */
export const RANKING_LISTS = ["week", "month", "all", "new", "reviewed", "rated"] as const;
export type RankingList = (typeof RANKING_LISTS)[number];
export type SalesPeriod = "week" | "month" | "all";

/** The twin route's key for a category choice (see proxy.ts): "all" or "c-<slug>"; null for anything else. */
export function rankingsViewKey(category: string | null): string | null {
  if (category === null || category === "") return "all";
  return /^[a-z0-9][a-z0-9-]{0,99}$/.test(category) ? `c-${category}` : null;
}

/** The category slug a view key stands for (null: all categories), or undefined when the key is not one. */
export function parseRankingsViewKey(key: string): string | null | undefined {
  if (key === "all") return null;
  const m = /^c-([a-z0-9][a-z0-9-]{0,99})$/.exec(key);
  return m ? m[1]! : undefined;
}
