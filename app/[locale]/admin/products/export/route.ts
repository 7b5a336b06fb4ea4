import { requireStaffAction } from "@/lib/auth/staff";
import { CSV_COLUMNS } from "@/lib/products/csv/columns";
import { exportRecords, recordCells } from "@/lib/products/csv/export-rows";
import { csvResponse, csvStream, inBatches, notFoundResponse } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

/** Export CSV: every variant as a row, streamed; staff only (others get a plain 404, as for back-office pages). */
export async function GET(): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const stream = csvStream(CSV_COLUMNS, inBatches(exportRecords(), 100), recordCells);
  return csvResponse(stream, `products-${new Date().toISOString().slice(0, 10)}.csv`);
}
