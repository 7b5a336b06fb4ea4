/**
 * The rankings shown on /rankings, their headings and how each figure reads.
 * Best sellers count units of paid orders whose payment falls in the period
 * (the last 7 or 30 days before the rollup's refresh, rolling, so a list is never empty on a Monday
 * morning); orders cancelled or refunded in full are left out, partial refunds
 * still count. Pure: no I/O.
 */
export const RANKING_LISTS = ["week", "month", "all", "new", "reviewed", "rated"] as const;
export type RankingList = (typeof RANKING_LISTS)[number];
export type SalesPeriod = "week" | "month" | "all";

export const RANKING_TITLES: Record<RankingList, string> = {
  week: "Best sellers this week",
  month: "Best sellers this month",
  all: "Best sellers of all time",
  new: "New arrivals",
  reviewed: "Most reviewed",
  rated: "Top rated",
};

const PERIOD_WORDS: Record<SalesPeriod, string> = { week: "this week", month: "this month", all: "in all" };

/** "120 sold this week". */
export function soldFigure(units: number, period: SalesPeriod): string {
  return `${units.toLocaleString("en-US")} sold ${PERIOD_WORDS[period]}`;
}

export function reviewsFigure(count: number): string {
  return count === 1 ? "1 review" : `${count.toLocaleString("en-US")} reviews`;
}

export function ratingFigure(average: number, count: number): string {
  return `Rated ${average.toFixed(1)} out of 5 (${reviewsFigure(count)})`;
}

/** "New on 2 Dec 2026" (UTC, so every server prints the same). */
export function newFigure(publishedAt: string | null): string {
  if (!publishedAt) return "New";
  const date = new Date(publishedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `New on ${date}`;
}

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
