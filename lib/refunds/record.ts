import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderEvents, orders, refundLines, refunds, type RefundKind } from "@/db/schema";
import { issueCreditNote } from "@/lib/invoices/mutations";
import { reversePointsForRefund } from "@/lib/loyalty/ledger";
import { applyTransition, lockOrder } from "@/lib/orders/mutations/apply";
import { nextStatus } from "@/lib/orders/transitions";
import { formatMoney } from "@/lib/money";
import { refundPayments, type ProviderResolver } from "@/lib/payments/mutations/refund";
import { computeRefund, remainderRequest, type RefundRequest } from "./amounts";
import { loadRefundableWith } from "./refundable";

export type RefundInput = {
  orderId: string;
  kind: RefundKind;
  /** the units to refund; "remainder" = everything not yet refunded (whole-order refunds and cancellations) */
  lines: RefundRequest["lines"] | "remainder";
  /** "remaining" = what is left of the shipping; a number = that much of it; default none */
  shipping?: RefundRequest["shipping"];
  returnId?: string | null;
  reason: string;
  staffId: string | null;
  /** the payment providers (tests pass their own) */
  resolve?: ProviderResolver;
  /** false when the caller records the event itself (a status change that carries the note) */
  event?: boolean;
};

export type RecordedRefund = {
  id: string;
  amount: number;
  shippingAmount: number;
  currency: string;
  /** the order's refunded total before and after this refund */
  refundedBefore: number;
  refundedTotal: number;
  orderTotal: number;
  /** what happened, for the timeline: the amount and through which provider */
  note: string;
  /** the provider part alone ("Payment refunded through Stripe") */
  via: string;
  /** how many captured payments the provider was asked to refund (0: nothing had been captured) */
  paymentsRefunded: number;
};

export type RefundOutcome = { ok: true; refund: RecordedRefund } | { ok: false; error: string };

const providerName = (id: string | null) => (id === "test" ? "the test gateway" : id === "stripe" ? "Stripe" : (id ?? ""));

/**
 * The one way money goes back to a shopper, inside the caller's transaction,
 * which must hold the order's row lock (lockOrder). Computes the amount (pure,
 * ./amounts.ts), raises orders.refunded_total by a conditional update that can
 * never pass the total (0 rows = refused), records the refund and its lines,
 * gives the money back through the payment provider for exactly that amount
 * (a RefundFailed thrown there rolls the whole transaction back), reverses the
 * order's points in proportion, and notes it on the order's timeline.
 * Returns `{ ok: false }` (nothing written) when there is nothing to refund or the request is not possible.
 */
export async function recordRefund(tx: Tx, input: RefundInput): Promise<RefundOutcome> {
  const order = await loadRefundableWith(tx, input.orderId);
  if (!order) return { ok: false, error: "There is no such order." };
  const request: RefundRequest =
    input.lines === "remainder"
      ? remainderRequest(order)
      : { lines: input.lines, shipping: input.shipping ?? "none", outsideReturns: input.kind === "no_return" };
  const verdict = computeRefund(order, request);
  if (!verdict.ok) return verdict;

  const raised = await tx
    .update(orders)
    .set({ refundedTotal: sql`${orders.refundedTotal} + ${verdict.amount}` })
    .where(and(eq(orders.id, input.orderId), sql`${orders.refundedTotal} + ${verdict.amount} <= ${orders.total}`))
    .returning({ refundedTotal: orders.refundedTotal, total: orders.total });
  if (raised.length === 0) return { ok: false, error: "That is more than is left to refund on this order." };
  const refundedBefore = raised[0]!.refundedTotal - verdict.amount;

  const [row] = await tx
    .insert(refunds)
    .values({
      orderId: input.orderId,
      returnId: input.returnId ?? null,
      kind: input.kind,
      amount: verdict.amount,
      shippingAmount: verdict.shippingAmount,
      currency: order.currency,
      reason: input.reason,
      staffId: input.staffId,
    })
    .returning({ id: refunds.id });
  const refundId = row!.id;
  const lines = verdict.lines.filter((l) => l.quantity > 0);
  if (lines.length) await tx.insert(refundLines).values(lines.map((l) => ({ refundId, ...l })));
  // Its credit note, numbered in this transaction: a refund the provider refuses rolls the number back too (gap-free).
  await issueCreditNote(tx, refundId);

  const paid = await refundPayments(tx, input.orderId, { amount: verdict.amount, refundedBefore, idempotencyKey: refundId }, input.resolve);
  if (paid.reference) await tx.update(refunds).set({ providerReference: paid.reference }).where(eq(refunds.id, refundId));
  // The items part of this refund and of the earlier ones (read under the order's lock, before this one).
  const itemsRefundedBefore = order.refundedTotal - order.refundedShipping;
  await reversePointsForRefund(tx, input.orderId, verdict.amount - verdict.shippingAmount, { itemsRefundedBefore });

  const money = formatMoney({ amount: verdict.amount, currency: order.currency });
  const via =
    paid.count > 0
      ? `Payment refunded through ${providerName(paid.provider)}${paid.count > 1 ? ` (${paid.count} payments)` : ""}`
      : "No captured payment on record: nothing was sent to the payment provider";
  const note = `Refunded ${money}${input.reason ? ` (${input.reason})` : ""}. ${via}`;
  if (input.event !== false) await tx.insert(orderEvents).values({ orderId: input.orderId, actor: "staff", actorId: input.staffId, note });
  const itemsRefund = input.kind === "return" || input.kind === "no_return";
  if (itemsRefund && raised[0]!.refundedTotal === raised[0]!.total) await markRefundedInFull(tx, input.orderId);
  return {
    ok: true,
    refund: {
      id: refundId,
      amount: verdict.amount,
      shippingAmount: verdict.shippingAmount,
      currency: order.currency,
      refundedBefore,
      refundedTotal: raised[0]!.refundedTotal,
      orderTotal: raised[0]!.total,
      note,
      via,
      paymentsRefunded: paid.count,
    },
  };
}

/**
 * Once refunds of items reach the order's total, the order is refunded: a "system" step on the timeline.
 * Whole-order refunds and cancellations make their own status change, which the rules leave to them.
 */
async function markRefundedInFull(tx: Tx, orderId: string): Promise<void> {
  const order = await lockOrder(tx, orderId);
  if (!order || !nextStatus(order.status, "refund_in_full", "system").ok) return;
  await applyTransition(
    tx,
    order,
    "refunded",
    { kind: "system", id: null },
    { note: "Refunded in full: the items' refunds reached the order's total" },
  );
}
