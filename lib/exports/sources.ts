import "server-only";
import { dailyFigures } from "@/lib/analytics/daily";
import { parseRangeParams } from "@/lib/analytics/range";
import type { ExportReport } from "@/db/schema";
import { parseInventoryListParams } from "@/lib/inventory/list-params";
import { parseOrderListParams } from "@/lib/orders/list-params";
import { CSV_COLUMNS } from "@/lib/products/csv/columns";
import { exportRecords, recordCells } from "@/lib/products/csv/export-rows";
import { parseDayRange } from "@/lib/reports/params";
import { ledgerBatches, orderLineBatches, paymentBatches, refundBatches, stockBatches } from "@/lib/reports/queries";
import { DAILY, LEDGER, ORDER_LINES, PAYMENTS, REFUNDS, STOCK } from "@/lib/reports/rows";
import { csvStream, inBatches } from "@/lib/reports/stream";
import { storeCurrency } from "@/lib/settings/store";
import type { ExportParams } from "./schema";

/** Counts the records of each batch as it passes (the export's row count). */
async function* counted<R>(batches: AsyncIterable<R[]>, counter: { rows: number }): AsyncGenerator<R[]> {
  for await (const batch of batches) {
    counter.rows += batch.length;
    yield batch;
  }
}

async function* dailyBatches(params: ExportParams) {
  const { range, error } = parseRangeParams(params, new Date());
  if (error) throw new Error(error); // refused when asked for (./schema.ts): only a changed rule gets here
  const currency = await storeCurrency();
  // At most 366 rows: one batch.
  yield (await dailyFigures(range, currency)).map((d) => ({ ...d, currency }));
}

/**
 * A report's CSV file as a byte stream (BOM, header, rows), from the same batch queries and
 * row encoders the reports always used; `counter.rows` counts its records as they go out.
 */
export async function exportStream(
  report: ExportReport,
  params: ExportParams,
  counter: { rows: number },
): Promise<ReadableStream<Uint8Array>> {
  const range = () => parseDayRange(params).instants;
  switch (report) {
    case "products":
      return csvStream(CSV_COLUMNS, counted(inBatches(exportRecords(), 100), counter), recordCells);
    case "orders": {
      const filter = parseOrderListParams(params, await storeCurrency());
      return csvStream(ORDER_LINES.header, counted(orderLineBatches(filter), counter), ORDER_LINES.cells);
    }
    case "refunds":
      return csvStream(REFUNDS.header, counted(refundBatches(range()), counter), REFUNDS.cells);
    case "payments":
      return csvStream(PAYMENTS.header, counted(paymentBatches(range()), counter), PAYMENTS.cells);
    case "ledger":
      return csvStream(LEDGER.header, counted(ledgerBatches(range(), parseInventoryListParams(params)), counter), LEDGER.cells);
    case "daily":
      return csvStream(DAILY.header, counted(dailyBatches(params), counter), DAILY.cells);
    case "stock":
      return csvStream(STOCK.header, counted(stockBatches(parseInventoryListParams(params)), counter), STOCK.cells);
  }
}
