import type { ExportReport } from "@/db/schema";
import { reportFilename } from "@/lib/reports/format";
import type { ExportParams } from "./schema";

// The name each report's file starts with.
const FILE_PREFIX: Record<ExportReport, string> = {
  products: "products",
  orders: "orders",
  refunds: "refunds",
  payments: "payments",
  ledger: "inventory-ledger",
  daily: "daily-figures",
  stock: "stock",
};

/** The file's name, as the download gives it: the report and its range, or the day it was asked for when it has none. */
export function exportFilename(report: ExportReport, params: ExportParams, now: Date): string {
  if (report === "products") return `products-${now.toISOString().slice(0, 10)}.csv`;
  const range = report === "stock" ? {} : { from: params.from, to: params.to };
  return reportFilename(FILE_PREFIX[report], range, now);
}
