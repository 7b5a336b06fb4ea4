import { requireStaffAction } from "@/lib/auth/staff";
import { reportFilename } from "@/lib/reports/format";
import { parseDayRange, searchParamsRecord } from "@/lib/reports/params";
import { refundBatches } from "@/lib/reports/queries";
import { REFUNDS } from "@/lib/reports/rows";
import { csvResponse, csvStream, notFoundResponse } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

/** Refunds made from `from` to `to` (UTC days) as CSV; staff only. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const range = parseDayRange(searchParamsRecord(request.url));
  const stream = csvStream(REFUNDS.header, refundBatches(range.instants), REFUNDS.cells);
  return csvResponse(stream, reportFilename("refunds", range, new Date()));
}
