import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, refundLines, refunds, type RefundKind } from "@/db/schema";
import { lineNet, shippingLeft, unitsLeft } from "./amounts";
import { loadRefundableWith } from "./refundable";

export type RefundView = {
  id: string;
  kind: RefundKind;
  amount: number;
  shippingAmount: number;
  reason: string;
  createdAt: Date;
  lines: { title: string; quantity: number; amount: number }[];
};

export type RefundSummary = {
  total: number;
  refundedTotal: number;
  currency: string;
  refunds: RefundView[];
  /** each line with what is left to refund of it */
  lines: { id: number; title: string; quantity: number; unitsLeft: number; net: number }[];
  shippingLeft: number;
};

export const KIND_LABELS: Record<RefundKind, string> = {
  order: "Whole order",
  cancellation: "Cancellation",
  return: "Return",
  no_return: "Without return",
};

/** The order's refunds (oldest first) and what is left to refund, for the order pages; null when there is no such order. */
export async function getRefundSummary(orderId: string): Promise<RefundSummary | null> {
  const order = await loadRefundableWith(db, orderId);
  if (!order) return null;
  const rows = await db.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.createdAt));
  const titles = await db
    .select({ id: orderLines.id, title: orderLines.productTitle, variantTitle: orderLines.variantTitle })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId));
  const titleOf = new Map(titles.map((t) => [t.id, t.variantTitle ? `${t.title} (${t.variantTitle})` : t.title]));
  const lineRows = rows.length
    ? await db
        .select()
        .from(refundLines)
        .where(
          inArray(
            refundLines.refundId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(refundLines.id))
    : [];
  return {
    total: order.total,
    refundedTotal: order.refundedTotal,
    currency: order.currency,
    refunds: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: r.amount,
      shippingAmount: r.shippingAmount,
      reason: r.reason,
      createdAt: r.createdAt,
      lines: lineRows
        .filter((l) => l.refundId === r.id)
        .map((l) => ({ title: titleOf.get(l.orderLineId) ?? "Item", quantity: l.quantity, amount: l.amount })),
    })),
    lines: order.lines.map((l) => ({
      id: l.orderLineId,
      title: titleOf.get(l.orderLineId) ?? "Item",
      quantity: l.quantity,
      unitsLeft: unitsLeft(l),
      net: lineNet(l),
    })),
    shippingLeft: shippingLeft(order),
  };
}
