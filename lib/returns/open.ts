import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";

/** SQL over `orders`: the order has no return in progress (requested, approved, on its way back or received). */
export const noOpenReturn = sql`not exists (select 1 from return_requests r where r.order_id = "orders"."id"
  and r.status in ('requested', 'approved', 'in_transit', 'received'))`;

/** The number of a return in progress on the order, if any. */
export async function openReturnOf(conn: DbOrTx, orderId: string): Promise<string | null> {
  const rows = (await conn.execute(sql`select number from return_requests where order_id = ${orderId}
    and status in ('requested', 'approved', 'in_transit', 'received') order by created_at limit 1`)) as unknown as { number: string }[];
  return rows[0]?.number ?? null;
}
