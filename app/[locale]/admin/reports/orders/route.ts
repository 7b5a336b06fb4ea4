import { requireStaffAction } from "@/lib/auth/staff";
import { parseOrderListParams } from "@/lib/orders/list-params";
import { reportFilename } from "@/lib/reports/format";
import { parseDayRange, searchParamsRecord } from "@/lib/reports/params";
import { orderLineBatches } from "@/lib/reports/queries";
import { ORDER_LINES } from "@/lib/reports/rows";
import { csvResponse, csvStream, notFoundResponse } from "@/lib/reports/stream";
import { storeCurrency } from "@/lib/settings/store";

export const dynamic = "force-dynamic";

/** Orders with their lines as CSV, with the order list's filters (`q`, `status`, `from`, `to`, `min`, `max`); staff only. */
export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const params = searchParamsRecord(request.url);
  const filter = parseOrderListParams(params, await storeCurrency());
  const stream = csvStream(ORDER_LINES.header, orderLineBatches(filter), ORDER_LINES.cells);
  return csvResponse(stream, reportFilename("orders", parseDayRange(params), new Date()));
}
