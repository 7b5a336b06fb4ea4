import { dailyFigures } from "@/lib/analytics/daily";
import { parseRangeParams } from "@/lib/analytics/range";
import { requireStaffAction } from "@/lib/auth/staff";
import { reportFilename } from "@/lib/reports/format";
import { searchParamsRecord } from "@/lib/reports/params";
import { DAILY } from "@/lib/reports/rows";
import { badRequestResponse, csvResponse, csvStream, notFoundResponse } from "@/lib/reports/stream";
import { storeCurrency } from "@/lib/settings/store";

export const dynamic = "force-dynamic";

/** The dashboard's figures per day for its range (`range=7|30|90` or `from`/`to`, at most a year) as CSV; staff only. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const { range, error } = parseRangeParams(searchParamsRecord(request.url), new Date());
  if (error) return badRequestResponse(error.replace(/ Showing the last 30 days\.$/, ""));
  const currency = await storeCurrency();
  const days = (await dailyFigures(range, currency)).map((d) => ({ ...d, currency }));
  // At most 366 rows: one batch.
  const stream = csvStream(DAILY.header, [days], DAILY.cells);
  return csvResponse(stream, reportFilename("daily-figures", range, new Date()));
}
