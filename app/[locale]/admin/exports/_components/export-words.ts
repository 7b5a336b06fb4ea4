import type { ExportReport } from "@/db/schema";
import type { ExportParams } from "@/lib/exports/schema";

// messages: adminExports.filters.*
type T = (key: string, values?: Record<string, string>) => string;

// Reports read over a range of days; products and stock levels are as they are now.
const RANGED: readonly ExportReport[] = ["orders", "refunds", "payments", "ledger", "daily"];

/** An export's filters in words ("2026-01-01 to 2026-01-31 · status Shipped"), with the page's translations of adminExports and orderStatus. */
export function exportFilterWords(report: ExportReport, params: ExportParams, t: T, status: T): string {
  const { from, to } = params;
  const parts: string[] = [];
  if (RANGED.includes(report)) {
    parts.push(
      from && to
        ? t("filters.range", { from, to })
        : from
          ? t("filters.from", { from })
          : to
            ? t("filters.until", { to })
            : t("filters.allDates"),
    );
  }
  if (params.q) parts.push(t("filters.q", { q: params.q }));
  if (params.status) parts.push(t("filters.status", { status: status(params.status) }));
  if (params.min) parts.push(t("filters.min", { min: params.min }));
  if (params.max) parts.push(t("filters.max", { max: params.max }));
  if (params.low) parts.push(t("filters.low"));
  if (parts.length === 0) parts.push(t("filters.everything"));
  return parts.join(" · ");
}

/** A file's size as people read it: kB below a megabyte, else MB with one decimal. */
export function fileSize(bytes: number, locale: string): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, { style: "unit", unit: mb ? "megabyte" : "kilobyte", maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / 1_000_000 : Math.max(1, bytes / 1000),
  );
}
