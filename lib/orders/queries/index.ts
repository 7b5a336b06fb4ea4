import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  orderEvents,
  orderLines,
  orders,
  payments,
  reviews,
  type OrderActor,
  type OrderRow,
  type OrderStatus,
  type PaymentStatus,
} from "@/db/schema";
import { isOrderNumber } from "../order-number";
import { availableActions, type OrderAction } from "../transitions";
import { listOrderDiscounts, type OrderDiscountView } from "./discounts";

export { listOrderDiscounts, type OrderDiscountView } from "./discounts";

/** The signed-in user, and the orders the guest cookie lets this browser see (`guestOrderIds`) and change (`guestFullOrderIds`). */
export type Viewer = { userId: string | null; guestOrderIds: string[]; guestFullOrderIds: string[] };

export type OrderLineView = {
  id: number;
  productTitle: string;
  productSlug: string;
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  reviewed: boolean;
  /** a pre-order line: the date promised at ordering, and when stock covered it (null while it waits) */
  preorderShipsOn: string | null;
  preorderFilledAt: Date | null;
};

export type OrderEventView = {
  id: number;
  at: Date;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  actor: OrderActor;
  note: string;
};

export type OrderView = Pick<
  OrderRow,
  | "id"
  | "number"
  | "userId"
  | "email"
  | "status"
  | "currency"
  | "subtotal"
  | "shippingTotal"
  | "discountTotal"
  | "total"
  | "shippingMethodName"
  | "shipName"
  | "shipLine1"
  | "shipProvince"
  | "shipCity"
  | "shipDistrict"
  | "shipPostalCode"
  | "shipCountry"
  | "shipPhone"
  | "carrier"
  | "trackingNumber"
  | "refundReason"
  | "paymentDueAt"
  | "createdAt"
> & {
  lines: OrderLineView[];
  /** each applied discount, its own line under the subtotal */
  discounts: OrderDiscountView[];
  events: OrderEventView[];
  payment: { status: PaymentStatus; failureMessage: string | null } | null;
  /** What this viewer may do now; empty for a guest who only tracked the order (see canChange). */
  shopperActions: OrderAction[];
  /** False for a guest who found the order through /track: they see it, but changes need the e-mail's link or an account. */
  canChange: boolean;
};

/** Whether this viewer may see the order: their own account's, or one their signed guest cookie lists. */
export function canView(order: Pick<OrderRow, "id" | "userId">, viewer: Viewer): boolean {
  return (order.userId !== null && order.userId === viewer.userId) || viewer.guestOrderIds.includes(order.id);
}

/**
 * Whether this viewer may change the order (cancel, confirm receipt, ask for a
 * refund, pay): the account that owns it, or a guest cookie that placed it or
 * opened its e-mail link; not a guest who only proved number and e-mail on /track.
 */
export function canChange(order: Pick<OrderRow, "id" | "userId">, viewer: Viewer): boolean {
  return (order.userId !== null && order.userId === viewer.userId) || viewer.guestFullOrderIds.includes(order.id);
}

/** The order for its owner (or a guest holding it in the signed cookie); null for anyone else, as for a number that does not exist. */
export async function getOrderForViewer(number: string, viewer: Viewer): Promise<OrderView | null> {
  if (!isOrderNumber(number)) return null;
  const [order] = await db.select().from(orders).where(eq(orders.number, number)).limit(1);
  if (!order || !canView(order, viewer)) return null;
  const [lines, discounts, events, [payment]] = await Promise.all([
    db
      .select({
        id: orderLines.id,
        productTitle: orderLines.productTitle,
        productSlug: orderLines.productSlug,
        variantTitle: orderLines.variantTitle,
        sku: orderLines.sku,
        imageUrl: orderLines.imageUrl,
        unitPrice: orderLines.unitPrice,
        quantity: orderLines.quantity,
        lineTotal: orderLines.lineTotal,
        reviewed: sql<boolean>`${reviews.id} is not null`,
        preorderShipsOn: orderLines.preorderShipsOn,
        preorderFilledAt: orderLines.preorderFilledAt,
      })
      .from(orderLines)
      .leftJoin(reviews, eq(reviews.orderLineId, orderLines.id))
      .where(eq(orderLines.orderId, order.id))
      .orderBy(asc(orderLines.id)),
    listOrderDiscounts(db, order.id),
    db
      .select({
        id: orderEvents.id,
        at: orderEvents.createdAt,
        fromStatus: orderEvents.fromStatus,
        toStatus: orderEvents.toStatus,
        actor: orderEvents.actor,
        note: orderEvents.note,
      })
      .from(orderEvents)
      // Internal notes are the shop's own: never on the shopper's timeline.
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.internal, false)))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    db
      .select({ status: payments.status, failureMessage: payments.failureMessage })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt))
      .limit(1),
  ]);
  const { checkoutKey: _key, paymentProvider: _provider, ...rest } = order;
  const changeable = canChange(order, viewer);
  const shopperActions = changeable ? availableActions(order.status, "shopper") : [];
  return { ...rest, lines, discounts, events, payment: payment ?? null, shopperActions, canChange: changeable };
}

/** Finds an order by number and e-mail (case-insensitive), for /track. */
export async function findOrderIdForTracking(number: string, email: string): Promise<string | null> {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.number, number), sql`lower(${orders.email}) = ${email.toLowerCase()}`))
    .limit(1);
  return row?.id ?? null;
}

export type OrderSummary = { number: string; status: OrderStatus; total: number; currency: string; createdAt: Date; itemCount: number };

/** A shopper's orders, newest first. */
export async function listOrdersForUser(userId: string): Promise<OrderSummary[]> {
  const itemCount = db
    .select({ orderId: orderLines.orderId, n: sql<number>`sum(${orderLines.quantity})::int`.as("n") })
    .from(orderLines)
    .groupBy(orderLines.orderId)
    .as("item_count");
  return db
    .select({
      number: orders.number,
      status: orders.status,
      total: orders.total,
      currency: orders.currency,
      createdAt: orders.createdAt,
      itemCount: sql<number>`coalesce(${itemCount.n}, 0)`,
    })
    .from(orders)
    .leftJoin(itemCount, eq(itemCount.orderId, orders.id))
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt));
}
