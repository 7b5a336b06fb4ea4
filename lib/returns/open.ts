import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { ReturnStatus } from "@/db/schema";

/** A return in progress: requested, approved, on its way back or received (not yet refunded, exchanged or ended). */
const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ["requested", "approved", "in_transit", "received"];

/** SQL: the return status `column` (e.g. "r.status") is one of a return in progress. */
export const isOpenReturnStatus = (column: string): SQL =>
  sql.raw(`${column} in (${OPEN_RETURN_STATUSES.map((s) => `'${s}'`).join(", ")})`);

/** SQL over `orders`: the order has no return in progress. */
export const noOpenReturn = sql`not exists (select 1 from return_requests r where r.order_id = "orders"."id" and ${isOpenReturnStatus("r.status")})`;

/** The number of a return in progress on the order, if any. */
export async function openReturnOf(conn: DbOrTx, orderId: string): Promise<string | null> {
  const rows = (await conn.execute(sql`select number from return_requests where order_id = ${orderId}
    and ${isOpenReturnStatus("status")} order by created_at limit 1`)) as unknown as { number: string }[];
  return rows[0]?.number ?? null;
}
