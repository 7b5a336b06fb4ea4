import { sql } from "drizzle-orm";

/** SQL over `orders`: the order has no return in progress (requested, approved, on its way back or received). */
export const noOpenReturn = sql`not exists (select 1 from return_requests r where r.order_id = "orders"."id"
  and r.status in ('requested', 'approved', 'in_transit', 'received'))`;
