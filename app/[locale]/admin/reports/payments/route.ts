import { requireStaffAction } from "@/lib/auth/staff";
import { reportFilename } from "@/lib/reports/format";
import { parseDayRange, searchParamsRecord } from "@/lib/reports/params";
import { paymentBatches } from "@/lib/reports/queries";
import { PAYMENTS } from "@/lib/reports/rows";
import { csvResponse, csvStream, notFoundResponse } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

/** Payment attempts started from `from` to `to` (UTC days) as CSV; staff only. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const range = parseDayRange(searchParamsRecord(request.url));
  const stream = csvStream(PAYMENTS.header, paymentBatches(range.instants), PAYMENTS.cells);
  return csvResponse(stream, reportFilename("payments", range, new Date()));
}
