import { formatMoney } from "@/lib/money";

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const fullDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const countFormat = new Intl.NumberFormat("en-US");

/** "Mar 4" for a YYYY-MM-DD UTC day; `withYear` gives "Mar 4, 2026". */
export function formatDay(day: string, withYear = false): string {
  const date = new Date(`${day}T00:00:00Z`);
  return (withYear ? fullDayFormat : dayFormat).format(date);
}

/** "Mar 4 – Mar 10, 2026", or one day. */
export function formatDays(from: string, to: string): string {
  if (from === to) return formatDay(from, true);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatDay(from, !sameYear)} – ${formatDay(to, true)}`;
}

export const formatCount = (n: number) => countFormat.format(n);
export const money = (amount: number, currency: string) => formatMoney({ amount, currency });
export const percent = (value: number | null) => (value === null ? "—" : `${value}%`);
