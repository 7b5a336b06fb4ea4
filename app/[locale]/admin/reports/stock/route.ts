import { requireStaffAction } from "@/lib/auth/staff";
import { parseInventoryListParams } from "@/lib/inventory/list-params";
import { reportFilename } from "@/lib/reports/format";
import { searchParamsRecord } from "@/lib/reports/params";
import { stockBatches } from "@/lib/reports/queries";
import { STOCK } from "@/lib/reports/rows";
import { csvResponse, csvStream, notFoundResponse } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

/** Stock levels now, every variant matching the inventory list's filters (`q`, `low`), as CSV; staff only. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const filter = parseInventoryListParams(searchParamsRecord(request.url));
  const stream = csvStream(STOCK.header, stockBatches(filter), STOCK.cells);
  return csvResponse(stream, reportFilename("stock", {}, new Date()));
}
