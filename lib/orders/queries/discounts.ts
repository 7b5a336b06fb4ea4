import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orderDiscounts, type DiscountSource, type DiscountTarget } from "@/db/schema";

/** SQL over `orders`: what the order's discounts took off its shipping (free-shipping offers, member tiers). */
export const orderShippingDiscount = sql<number>`(select coalesce(sum(d.amount), 0)::int from order_discounts d
  where d.order_id = "orders"."id" and d.target = 'shipping')`;

/** One discount of a placed order as it was applied then, for the order page, the back office and the e-mails. */
export type OrderDiscountView = {
  id: number;
  source: DiscountSource;
  target: DiscountTarget;
  code: string | null;
  label: string;
  amount: number;
  points: number | null;
};

/** The order's discounts in the order the pipeline applied them (empty when none). */
export async function listOrderDiscounts(conn: DbOrTx, orderId: string): Promise<OrderDiscountView[]> {
  return conn
    .select({
      id: orderDiscounts.id,
      source: orderDiscounts.source,
      target: orderDiscounts.target,
      code: orderDiscounts.code,
      label: orderDiscounts.label,
      amount: orderDiscounts.amount,
      points: orderDiscounts.points,
    })
    .from(orderDiscounts)
    .where(eq(orderDiscounts.orderId, orderId))
    .orderBy(asc(orderDiscounts.position), asc(orderDiscounts.id));
}
