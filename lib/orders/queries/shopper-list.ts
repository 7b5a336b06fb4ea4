import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { containsPattern } from "@/lib/text";
import { SHOPPER_ORDERS_PAGE_SIZE, type ShopperOrderFilter } from "../shopper-list-params";
import type { OrderSummary } from "./index";

export type ShopperOrderPage = { rows: OrderSummary[]; total: number; page: number; pageCount: number };

/**
 * Part of the order number, or a word of a product title as it was ordered. With the shopper's own
 * orders already narrowed by orders_user_idx, each is checked through its lines (order_id); the
 * trigram index on order_lines.product_title is there for the planner when the word is the rarer side.
 */
function searchCondition(q: string): SQL {
  const pattern = containsPattern(q);
  return sql`(${orders.number} ilike ${pattern} or exists (
    select 1 from order_lines l where l.order_id = "orders"."id" and l.product_title ilike ${pattern}))`;
}

/** One page of this shopper's own orders (never anyone else's), newest first, with the list's filters. */
export async function listShopperOrders(userId: string, filter: ShopperOrderFilter): Promise<ShopperOrderPage> {
  const where = and(
    eq(orders.userId, userId),
    filter.q ? searchCondition(filter.q) : undefined,
    filter.status ? eq(orders.status, filter.status) : undefined,
    filter.from ? gte(orders.createdAt, filter.from) : undefined,
    filter.until ? lt(orders.createdAt, filter.until) : undefined,
  );
  const found = await db
    .select({
      number: orders.number,
      status: orders.status,
      total: orders.total,
      currency: orders.currency,
      createdAt: orders.createdAt,
      itemCount: sql<number>`(select coalesce(sum(l.quantity), 0)::int from order_lines l where l.order_id = "orders"."id")`,
      matching: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(orders)
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(SHOPPER_ORDERS_PAGE_SIZE)
    .offset((filter.page - 1) * SHOPPER_ORDERS_PAGE_SIZE);
  // Past the last page the window count is missing: count apart so the pager still links back.
  const total = found[0]?.matching ?? (filter.page > 1 ? await countOrders(where) : 0);
  return {
    rows: found.map(({ matching: _m, ...row }) => row),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / SHOPPER_ORDERS_PAGE_SIZE)),
  };
}

async function countOrders(where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orders)
    .where(where);
  return row?.n ?? 0;
}
