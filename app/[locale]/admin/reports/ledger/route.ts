import { requireStaffAction } from "@/lib/auth/staff";
import { parseInventoryListParams } from "@/lib/inventory/list-params";
import { reportFilename } from "@/lib/reports/format";
import { parseDayRange, searchParamsRecord } from "@/lib/reports/params";
import { ledgerBatches } from "@/lib/reports/queries";
import { LEDGER } from "@/lib/reports/rows";
import { csvResponse, csvStream, notFoundResponse } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

/** The inventory ledger from `from` to `to` (UTC days), for variants matching the inventory list's filters, as CSV; staff only. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const params = searchParamsRecord(request.url);
  const range = parseDayRange(params);
  const stream = csvStream(LEDGER.header, ledgerBatches(range.instants, parseInventoryListParams(params)), LEDGER.cells);
  return csvResponse(stream, reportFilename("inventory-ledger", range, new Date()));
}
