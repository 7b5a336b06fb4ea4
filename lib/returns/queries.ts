import "server-only";
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import {
  orderLines,
  orders,
  returnLines,
  returnPhotos,
  returnRequests,
  variants,
  type ReturnRequestRow,
  type ReturnStatus,
} from "@/db/schema";
import { readStorePolicies } from "@/lib/settings/policies/queries";
import { returnableUnits, returnWindow, type ReturnWindow } from "./rules";

export type ReturnableLine = {
  id: number;
  title: string;
  productId: number | null;
  variantId: number | null;
  quantity: number;
  returnable: number;
  /** other variants of the same product in stock, for an exchange */
  exchangeOptions: { id: number; title: string; stock: number }[];
};

/**
 * The lines of an order with the units still returnable: less the units refunded
 * (refund_lines, a refunded return's included) and those held by returns not
 * rejected, withdrawn or refunded (an exchanged unit stays used).
 * Read in `conn` (a transaction holding the order lock when writing). */
export async function returnableLines(conn: DbOrTx, orderId: string): Promise<Omit<ReturnableLine, "exchangeOptions">[]> {
  const rows = await conn
    .select({
      id: orderLines.id,
      title: orderLines.productTitle,
      variantTitle: orderLines.variantTitle,
      productId: orderLines.productId,
      variantId: orderLines.variantId,
      quantity: orderLines.quantity,
      refundedQuantity: sql<number>`(select coalesce(sum(rl.quantity), 0)::int from refund_lines rl where rl.order_line_id = order_lines.id)`,
      inReturns: sql<number>`(select coalesce(sum(x.quantity), 0)::int from return_lines x join return_requests r on r.id = x.return_id
        where x.order_line_id = order_lines.id and r.status not in ('rejected', 'withdrawn', 'refunded'))`,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.variantTitle ? `${r.title} (${r.variantTitle})` : r.title,
    productId: r.productId,
    variantId: r.variantId,
    quantity: r.quantity,
    returnable: returnableUnits(r),
  }));
}

/** A variant as people know it: its option values ("M / Black"), else its SKU. */
const optionsTitle = (v: { optionValues: Record<string, string>; sku: string }) => Object.values(v.optionValues).join(" / ") || v.sku;

/** Variants of these products that are in stock (exchange choices). */
async function exchangeOptions(productIds: number[]) {
  if (productIds.length === 0) return [];
  return db
    .select({
      id: variants.id,
      productId: variants.productId,
      optionValues: variants.optionValues,
      sku: variants.sku,
      stock: variants.stock,
    })
    .from(variants)
    .where(and(inArray(variants.productId, productIds), gt(variants.stock, 0)))
    .orderBy(asc(variants.position), asc(variants.id));
}

export type ReturnForm = { orderId: string; window: ReturnWindow; lines: ReturnableLine[] };

/** What the return form needs for an order the caller may see: the window and each line's returnable units and exchange choices. */
export async function getReturnForm(orderId: string, now = new Date()): Promise<ReturnForm | null> {
  const [order] = await db
    .select({ status: orders.status, deliveredAt: orders.deliveredAt, completedAt: orders.completedAt })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order) return null;
  const { returnWindowDays } = await readStorePolicies();
  const lines = await returnableLines(db, orderId);
  const options = await exchangeOptions([...new Set(lines.map((l) => l.productId).filter((id): id is number => id !== null))]);
  return {
    orderId,
    window: returnWindow(order, returnWindowDays, now),
    lines: lines.map((l) => ({
      ...l,
      exchangeOptions: options
        .filter((o) => o.productId === l.productId)
        .map((o) => ({ id: o.id, title: optionsTitle(o), stock: o.stock })),
    })),
  };
}

export type ReturnView = Pick<
  ReturnRequestRow,
  | "id"
  | "number"
  | "status"
  | "resolution"
  | "reason"
  | "staffNote"
  | "returnCarrier"
  | "returnTrackingNumber"
  | "exchangeCarrier"
  | "exchangeTrackingNumber"
  | "createdAt"
  | "receivedAt"
> & {
  lines: { orderLineId: number; title: string; quantity: number; exchangeFor: string | null; restockedQuantity: number | null }[];
  photos: { url: string; width: number; height: number }[];
};

async function viewsOf(rows: ReturnRequestRow[]): Promise<ReturnView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [lines, photos] = await Promise.all([
    db
      .select({
        returnId: returnLines.returnId,
        orderLineId: returnLines.orderLineId,
        title: orderLines.productTitle,
        variantTitle: orderLines.variantTitle,
        quantity: returnLines.quantity,
        restockedQuantity: returnLines.restockedQuantity,
        exchangeOptions: variants.optionValues,
        exchangeSku: variants.sku,
      })
      .from(returnLines)
      .innerJoin(orderLines, eq(orderLines.id, returnLines.orderLineId))
      .leftJoin(variants, eq(variants.id, returnLines.exchangeVariantId))
      .where(inArray(returnLines.returnId, ids))
      .orderBy(asc(returnLines.id)),
    db.select().from(returnPhotos).where(inArray(returnPhotos.returnId, ids)).orderBy(asc(returnPhotos.position)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    resolution: r.resolution,
    reason: r.reason,
    staffNote: r.staffNote,
    returnCarrier: r.returnCarrier,
    returnTrackingNumber: r.returnTrackingNumber,
    exchangeCarrier: r.exchangeCarrier,
    exchangeTrackingNumber: r.exchangeTrackingNumber,
    createdAt: r.createdAt,
    receivedAt: r.receivedAt,
    lines: lines
      .filter((l) => l.returnId === r.id)
      .map((l) => ({
        orderLineId: l.orderLineId,
        title: l.variantTitle ? `${l.title} (${l.variantTitle})` : l.title,
        quantity: l.quantity,
        exchangeFor: l.exchangeSku ? optionsTitle({ optionValues: l.exchangeOptions ?? {}, sku: l.exchangeSku }) : null,
        restockedQuantity: l.restockedQuantity,
      })),
    photos: photos.filter((p) => p.returnId === r.id).map((p) => ({ url: p.url, width: p.width, height: p.height })),
  }));
}

/** An order's returns, newest first. */
export async function listReturnsForOrder(orderId: string): Promise<ReturnView[]> {
  return viewsOf(await db.select().from(returnRequests).where(eq(returnRequests.orderId, orderId)).orderBy(desc(returnRequests.createdAt)));
}

export type StaffReturnRow = {
  number: string;
  orderNumber: string;
  email: string;
  status: ReturnStatus;
  resolution: "refund" | "exchange";
  units: number;
  createdAt: Date;
};

const LIST_LIMIT = 100;

/** Returns for the back office, newest first (the latest 100 of a status), and how many there are of each status. */
export async function listReturnsForStaff(status: ReturnStatus | null) {
  const [rows, counts] = await Promise.all([
    db
      .select({
        number: returnRequests.number,
        orderNumber: orders.number,
        email: orders.email,
        status: returnRequests.status,
        resolution: returnRequests.resolution,
        units: sql<number>`(select coalesce(sum(x.quantity), 0)::int from return_lines x where x.return_id = return_requests.id)`,
        createdAt: returnRequests.createdAt,
      })
      .from(returnRequests)
      .innerJoin(orders, eq(orders.id, returnRequests.orderId))
      .where(status ? eq(returnRequests.status, status) : undefined)
      .orderBy(desc(returnRequests.createdAt))
      .limit(LIST_LIMIT),
    db
      .select({ status: returnRequests.status, n: sql<number>`count(*)::int` })
      .from(returnRequests)
      .groupBy(returnRequests.status),
  ]);
  return {
    rows: rows as StaffReturnRow[],
    counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<ReturnStatus, number>>,
  };
}

/** One return with its order's number and id, for the back office; null when there is none. */
export async function getReturnForStaff(number: string) {
  const [row] = await db.select().from(returnRequests).where(eq(returnRequests.number, number.trim().toUpperCase())).limit(1);
  if (!row) return null;
  const [order] = await db
    .select({ id: orders.id, number: orders.number, email: orders.email, currency: orders.currency })
    .from(orders)
    .where(eq(orders.id, row.orderId));
  const [view] = await viewsOf([row]);
  return { ...view!, order: order! };
}
