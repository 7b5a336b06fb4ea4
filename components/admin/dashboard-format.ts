import { formatMoney } from "@/lib/money";

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** One formatter per language and kind, made once. */
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = make()));
  return f as F;
}
const dayFormat = (locale: string, withYear: boolean) =>
  formatter(`day:${locale}:${withYear}`, () =>
    withYear
      ? new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" })
      : new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }),
  );

/** "Mar 4" (3月4日) for a YYYY-MM-DD UTC day in `locale`; `withYear` gives "Mar 4, 2026" (2026年3月4日). */
export function formatDay(day: string, locale: string, withYear = false): string {
  return dayFormat(locale, withYear).format(new Date(`${day}T00:00:00Z`));
}

/** "Mar 4 – Mar 10, 2026", or one day. */
export function formatDays(from: string, to: string, locale: string): string {
  if (from === to) return formatDay(from, locale, true);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatDay(from, locale, !sameYear)} – ${formatDay(to, locale, true)}`;
}

export const formatCount = (n: number, locale: string) => formatter(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(n);
export const money = (amount: number, currency: string, locale: string) => formatMoney({ amount, currency }, locale);
export const percent = (value: number | null) => (value === null ? "—" : `${value}%`);

/** When an order was placed, in UTC: "Mar 4, 2026, 3:05 PM" / "2026年3月4日 15:05". */
export const formatPlaced = (date: Date, locale: string) =>
  formatter(`when:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })).format(
    date,
  );
