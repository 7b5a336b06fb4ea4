import "server-only";
import { and, asc, eq, gte, lt, type SQL } from "drizzle-orm";
import type postgres from "postgres";
import { db } from "@/db";
import { inventoryMovements, orderLines, orders, payments, products, refunds, users, variants } from "@/db/schema";
import { inventoryCondition, variantIsLow, variantThreshold } from "@/lib/inventory/queries";
import type { InventoryListParams } from "@/lib/inventory/list-params";
import type { StaffOrderFilter } from "@/lib/orders/list-params";
import { staffOrderCondition } from "@/lib/orders/queries/staff";
import { cursorRows } from "./cursor";
import { LEDGER, ORDER_LINES, PAYMENTS, REFUNDS, STOCK } from "./rows";

/** Half-open instants [from, until) on a timestamp column, either end open. */
export type InstantRange = { from?: Date; until?: Date };
type Options = { size?: number; client?: postgres.Sql };

/** The selection with its fields in the report's column order, so positional rows map back to keys. */
function inOrder<K extends string, F>(keys: readonly K[], fields: Record<K, F>): Record<K, F> {
  return Object.fromEntries(keys.map((k) => [k, fields[k]])) as Record<K, F>;
}

function within(column: Parameters<typeof gte>[0], range: InstantRange): SQL | undefined {
  return and(range.from ? gte(column, range.from) : undefined, range.until ? lt(column, range.until) : undefined);
}

/** Orders matching the order list's filters, one record per line, oldest first. */
export function orderLineBatches(filter: Omit<StaffOrderFilter, "page">, options?: Options) {
  const fields = inOrder(ORDER_LINES.keys, {
    number: orders.number,
    createdAt: orders.createdAt,
    paidAt: orders.paidAt,
    status: orders.status,
    email: orders.email,
    currency: orders.currency,
    subtotal: orders.subtotal,
    discountTotal: orders.discountTotal,
    shippingTotal: orders.shippingTotal,
    total: orders.total,
    refundedTotal: orders.refundedTotal,
    sku: orderLines.sku,
    productTitle: orderLines.productTitle,
    variantTitle: orderLines.variantTitle,
    quantity: orderLines.quantity,
    unitPrice: orderLines.unitPrice,
    lineTotal: orderLines.lineTotal,
  });
  const query = db
    .select(fields)
    .from(orders)
    .leftJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(staffOrderCondition(filter))
    .orderBy(asc(orders.createdAt), asc(orders.id), asc(orderLines.id));
  return cursorRows(query, ORDER_LINES.keys, options);
}

/** Refunds made in the range, oldest first. */
export function refundBatches(range: InstantRange, options?: Options) {
  const fields = inOrder(REFUNDS.keys, {
    number: orders.number,
    createdAt: refunds.createdAt,
    kind: refunds.kind,
    currency: refunds.currency,
    amount: refunds.amount,
    shippingAmount: refunds.shippingAmount,
    reason: refunds.reason,
    providerReference: refunds.providerReference,
    staffEmail: users.email,
  });
  const query = db
    .select(fields)
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .leftJoin(users, eq(users.id, refunds.staffId))
    .where(within(refunds.createdAt, range))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
  return cursorRows(query, REFUNDS.keys, options);
}

/** Payment attempts started in the range, oldest first. */
export function paymentBatches(range: InstantRange, options?: Options) {
  const fields = inOrder(PAYMENTS.keys, {
    number: orders.number,
    createdAt: payments.createdAt,
    updatedAt: payments.updatedAt,
    provider: payments.provider,
    providerReference: payments.providerReference,
    status: payments.status,
    currency: payments.currency,
    amount: payments.amount,
    failureMessage: payments.failureMessage,
  });
  const query = db
    .select(fields)
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(within(payments.createdAt, range))
    .orderBy(asc(payments.createdAt), asc(payments.id));
  return cursorRows(query, PAYMENTS.keys, options);
}

/** Every variant matching the inventory list's filters, with its stock and effective threshold, by product. */
export function stockBatches(filter: Pick<InventoryListParams, "q" | "lowOnly">, options?: Options) {
  const fields = inOrder(STOCK.keys, {
    sku: variants.sku,
    productTitle: products.title,
    options: products.options,
    optionValues: variants.optionValues,
    productStatus: products.status,
    stock: variants.stock,
    threshold: variantThreshold,
    low: variantIsLow,
  });
  const query = db
    .select(fields)
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inventoryCondition(filter))
    .orderBy(asc(products.title), asc(products.id), asc(variants.position), asc(variants.id));
  return cursorRows(query, STOCK.keys, options);
}

/** The inventory ledger's rows in the range, for variants matching the inventory list's filters, oldest first. */
export function ledgerBatches(range: InstantRange, filter: Pick<InventoryListParams, "q" | "lowOnly">, options?: Options) {
  const fields = inOrder(LEDGER.keys, {
    createdAt: inventoryMovements.createdAt,
    sku: variants.sku,
    productTitle: products.title,
    delta: inventoryMovements.delta,
    stockAfter: inventoryMovements.stockAfter,
    reason: inventoryMovements.reason,
    note: inventoryMovements.note,
    orderNumber: orders.number,
    actorEmail: users.email,
  });
  const query = db
    .select(fields)
    .from(inventoryMovements)
    .innerJoin(variants, eq(variants.id, inventoryMovements.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .leftJoin(orders, eq(orders.id, inventoryMovements.orderId))
    .leftJoin(users, eq(users.id, inventoryMovements.actorId))
    .where(and(within(inventoryMovements.createdAt, range), inventoryCondition(filter)))
    .orderBy(asc(inventoryMovements.createdAt), asc(inventoryMovements.id));
  return cursorRows(query, LEDGER.keys, options);
}
