import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orderLines, orders } from "@/db/schema";
import { orderShippingDiscount } from "@/lib/orders/queries/discounts";
import { isOpenReturnStatus } from "@/lib/returns/open";
import type { RefundableOrder } from "./amounts";

/** What is left to refund of an order, read inside the refund's transaction. */
export async function loadRefundableWith(
  conn: DbOrTx,
  orderId: string,
): Promise<(RefundableOrder & { currency: string; number: string }) | null> {
  const [order] = await conn
    .select({
      total: orders.total,
      refundedTotal: orders.refundedTotal,
      shippingTotal: orders.shippingTotal,
      currency: orders.currency,
      number: orders.number,
      shippingDiscount: orderShippingDiscount,
      refundedShipping: sql<number>`(select coalesce(sum(r.shipping_amount), 0)::int from refunds r where r.order_id = "orders"."id")`,
    })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order) return null;
  const lines = await conn
    .select({
      orderLineId: orderLines.id,
      quantity: orderLines.quantity,
      lineTotal: orderLines.lineTotal,
      discount: sql<number>`(select coalesce(sum(a.amount), 0)::int from order_discount_allocations a where a.order_line_id = order_lines.id)`,
      refundedQuantity: sql<number>`(select coalesce(sum(rl.quantity), 0)::int from refund_lines rl where rl.order_line_id = order_lines.id)`,
      refundedAmount: sql<number>`(select coalesce(sum(rl.amount), 0)::int from refund_lines rl where rl.order_line_id = order_lines.id)`,
      heldByOpenReturns: sql<number>`(select coalesce(sum(x.quantity), 0)::int from return_lines x join return_requests r on r.id = x.return_id
        where x.order_line_id = order_lines.id and ${isOpenReturnStatus("r.status")})`,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(orderLines.id);
  return { ...order, lines };
}
