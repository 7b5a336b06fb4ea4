import { decimalAmount } from "@/lib/money";

/** A timestamp from the database (a Date, or the driver's text such as "2026-01-02 10:00:00.123+00") as the reports write it. */
export function csvDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  // UTC, like every day in the back office (lib/analytics/range.ts), in the form spreadsheets read as a date and time.
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/** An amount in minor units as a decimal string in its currency ("12.50"); blank when there is none. */
export function csvMoney(amount: unknown, currency: string): string {
  if (amount === null || amount === undefined) return "";
  return decimalAmount(Number(amount), currency.trim());
}

/** A count or other whole number; blank when there is none. */
export function csvInteger(value: unknown): string {
  return value === null || value === undefined ? "" : String(Number(value));
}

export const csvText = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

export const csvFlag = (value: unknown): string => (value ? "yes" : "no");

/**
 * The download's file name: the report and its range, e.g. "orders-2026-01-01-to-2026-01-31.csv";
 * an open end says so ("orders-from-2026-01-01.csv"), no range at all gives the day of the export.
 */
export function reportFilename(report: string, range: { from?: string; to?: string }, now: Date): string {
  const { from, to } = range;
  const span = from && to ? `${from}-to-${to}` : from ? `from-${from}` : to ? `until-${to}` : `all-${now.toISOString().slice(0, 10)}`;
  return `${report}-${span}.csv`;
}
