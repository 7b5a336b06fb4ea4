/** Date ranges and period comparisons for the dashboard: pure, all days are UTC calendar days. */

export const PRESETS = [7, 30, 90] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 30;
/** The longest custom range the dashboard accepts (days). */
export const MAX_DAYS = 366;

/** Inclusive UTC days `from`..`to` (YYYY-MM-DD) and how many days that is. */
export type DateRange = { from: string; to: string; days: number };
export type RangeChoice = { range: DateRange; preset: Preset | null; error?: string };

const DAY_MS = 86_400_000;

/** A strict YYYY-MM-DD date as its UTC midnight, or null ("2026-02-30" is null). */
export function parseDay(value: string | undefined | null): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || toDay(date) !== value ? null : date;
}

/** The UTC day of an instant, YYYY-MM-DD. */
export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return toDay(new Date(parseDay(day)!.getTime() + n * DAY_MS));
}

function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to)!.getTime() - parseDay(from)!.getTime()) / DAY_MS) + 1;
}

/** The `days` days ending today (today included). */
export function presetRange(days: number, now: Date): DateRange {
  const to = toDay(now);
  return { from: addDays(to, -(days - 1)), to, days };
}

type Params = { range?: string | string[]; from?: string | string[]; to?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * The range a dashboard URL asks for: `?from=&to=` (custom) wins over `?range=7|30|90`;
 * anything unusable falls back to the last 30 days with an error a person can act on.
 */
export function parseRangeParams(params: Params, now: Date): RangeChoice {
  const fallback = (error?: string): RangeChoice => ({ range: presetRange(DEFAULT_PRESET, now), preset: DEFAULT_PRESET, error });
  const fromText = one(params.from);
  const toText = one(params.to);
  if (fromText || toText) {
    const from = parseDay(fromText);
    const to = parseDay(toText);
    if (!from || !to) return fallback("Enter both dates of a custom range (From and To). Showing the last 30 days.");
    if (from > to) return fallback("The From date must be on or before the To date. Showing the last 30 days.");
    const days = daysBetween(fromText!, toText!);
    if (days > MAX_DAYS) return fallback(`A custom range can be at most ${MAX_DAYS} days. Showing the last 30 days.`);
    return { range: { from: fromText!, to: toText!, days }, preset: null };
  }
  const preset = PRESETS.find((p) => String(p) === one(params.range));
  return preset ? { range: presetRange(preset, now), preset } : fallback();
}

/** The period of the same length that ends the day before `range` starts. */
export function previousPeriod(range: DateRange): DateRange {
  const to = addDays(range.from, -1);
  return { from: addDays(to, -(range.days - 1)), to, days: range.days };
}

/** The half-open instants [start, end) of a range of UTC days, for timestamp comparisons. */
export function instants(range: DateRange): { start: Date; end: Date } {
  return { start: parseDay(range.from)!, end: parseDay(addDays(range.to, 1))! };
}

export type Change = { direction: "up" | "down" | "flat" | "new" | "none"; percent: number | null };

/** How `current` compares with `previous`: the rounded percentage, or "new" when there was nothing before. */
export function compare(current: number, previous: number): Change {
  if (previous === 0) return current === 0 ? { direction: "none", percent: null } : { direction: "new", percent: null };
  const percent = Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
  if (percent === 0) return { direction: "flat", percent: 0 };
  return { direction: percent > 0 ? "up" : "down", percent: Math.abs(percent) };
}

/** numerator / denominator as a percentage with one decimal, or null when there is nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;
}

/** Average in whole minor units (rounded), 0 when there is nothing. */
export function average(total: number, count: number): number {
  return count > 0 ? Math.round(total / count) : 0;
}

export type DailySales = { day: string; revenue: number; orders: number };
export type SalesBucket = { from: string; to: string; revenue: number; orders: number };

/** Daily buckets up to 31 days, weekly (from the range's first day; the last may be shorter) beyond. */
export function bucketUnit(range: DateRange): "day" | "week" {
  return range.days <= 31 ? "day" : "week";
}

/** Every day of the range in order, with the sales of that day (0 when there were none), grouped into buckets. */
export function salesBuckets(range: DateRange, daily: DailySales[]): SalesBucket[] {
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const size = bucketUnit(range) === "day" ? 1 : 7;
  const buckets: SalesBucket[] = [];
  for (let offset = 0; offset < range.days; offset += size) {
    const from = addDays(range.from, offset);
    const to = addDays(range.from, Math.min(offset + size, range.days) - 1);
    let revenue = 0;
    let orders = 0;
    for (let i = 0; i < daysBetween(from, to); i++) {
      const d = byDay.get(addDays(from, i));
      revenue += d?.revenue ?? 0;
      orders += d?.orders ?? 0;
    }
    buckets.push({ from, to, revenue, orders });
  }
  return buckets;
}
