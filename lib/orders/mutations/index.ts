import "server-only";
import { db, type Tx } from "@/db";
import { orderEvents, type OrderRow, type OrderStatus } from "@/db/schema";
import { setStockContext } from "@/lib/inventory/stock-context";
import { RefundFailed } from "@/lib/payments/provider";
import type { ProviderResolver } from "@/lib/payments/mutations/refund";
import { recordRefund } from "@/lib/refunds/record";
import { applyTransition, lockOrder, releaseStock, TransitionRefused, type Actor, type TransitionData } from "./apply";
import { refuseShippingWhilePreordersWait } from "./preorders";
import { notifyOrderStatus } from "./notify";
import { raiseAlert } from "@/lib/alerts/raise";
import { openReturnOf } from "@/lib/returns/open";
import { isPaidUnshipped, nextStatus, type OrderAction } from "../transitions";

export type { Actor, TransitionData } from "./apply";

export type TransitionResult = { ok: true; from: OrderStatus; to: OrderStatus } | { ok: false; error: string };

/**
 * Work tied to one transition, in its transaction: `before` runs once the rule
 * allowed it (e.g. the provider refund; throwing RefundFailed refuses the whole
 * change) and may say what happened; `after` runs once the status changed.
 */
type Hooks = {
  before?: (tx: Tx, order: OrderRow) => Promise<string | undefined>;
  after?: (tx: Tx, order: OrderRow) => Promise<void>;
};

const NOTIFY_ON: readonly OrderStatus[] = ["shipped", "refunded"];

/**
 * Applies one action to an order in a transaction: the row is locked, the rule
 * checked against its current status, the change and its event recorded; a
 * cancellation puts the stock back. Concurrent calls are serialised by the lock,
 * so the second finds the new status and is refused.
 */
export async function transitionOrder(
  orderId: string,
  action: OrderAction,
  actor: Actor,
  data: TransitionData = {},
  hooks: Hooks = {},
): Promise<TransitionResult> {
  let result: TransitionResult;
  try {
    result = await db.transaction(async (tx): Promise<TransitionResult> => {
      const order = await lockOrder(tx, orderId);
      if (!order) return { ok: false, error: "There is no such order." };
      const verdict = nextStatus(order.status, action, actor.kind);
      if (!verdict.ok) return { ok: false, error: verdict.reason };
      const said = hooks.before ? await hooks.before(tx, order) : undefined;
      let note = [data.note, said].filter(Boolean).join(" · ") || undefined;
      if (action === "cancel" && isPaidUnshipped(order.status)) note ??= "Cancelled after payment: a refund is due";
      await applyTransition(tx, order, verdict.to, actor, { ...data, note });
      if (hooks.after) await hooks.after(tx, order);
      // Queued with the change: a transition that rolls back e-mails nobody.
      if (NOTIFY_ON.includes(verdict.to)) await notifyOrderStatus(orderId, tx);
      return { ok: true, from: order.status, to: verdict.to };
    });
  } catch (e) {
    if (e instanceof RefundFailed) return { ok: false, error: `${e.message} The order was not changed.` };
    if (e instanceof TransitionRefused) return { ok: false, error: e.message };
    throw e;
  }
  return result;
}

const shopper = (userId: string | null): Actor => ({ kind: "shopper", id: userId });
const staff = (staffId: string): Actor => ({ kind: "staff", id: staffId });

export const cancelOrder = (orderId: string, userId: string | null) => transitionOrder(orderId, "cancel", shopper(userId));
export const confirmReceipt = (orderId: string, userId: string | null) => transitionOrder(orderId, "confirm_receipt", shopper(userId));
export const requestRefund = (orderId: string, userId: string | null, reason: string) =>
  transitionOrder(
    orderId,
    "request_refund",
    shopper(userId),
    { reason },
    {
      after: (tx, order) =>
        raiseAlert(tx, {
          kind: "refund_requested",
          title: `Refund requested for order ${order.number}`,
          body: reason,
          href: `/admin/orders/${order.number}`,
        }),
    },
  );

/** Ships a paid order; refused while any of its pre-order lines still waits for stock. */
export const shipOrder = (orderId: string, staffId: string, shipment: { carrier: string; trackingNumber: string }) =>
  transitionOrder(orderId, "ship", staff(staffId), shipment, { before: refuseShippingWhilePreordersWait });
export const markDelivered = (orderId: string, staffId: string) => transitionOrder(orderId, "deliver", staff(staffId));
/** The review step: a paid order awaiting review may now be fulfilled (records orders.reviewedAt). */
export const approveOrder = (orderId: string, staffId: string) =>
  transitionOrder(orderId, "approve", staff(staffId), { note: "Reviewed and approved for fulfilment" });
export const rejectRefund = (orderId: string, staffId: string, note?: string) =>
  transitionOrder(orderId, "reject_refund", staff(staffId), { note });

/**
 * Refunds whatever is left of the order through the refund engine (kind order or
 * cancellation), inside the transition's transaction; says what happened for the
 * timeline, or undefined when nothing was left to refund.
 */
async function refundRemainder(
  tx: Tx,
  order: OrderRow,
  kind: "order" | "cancellation",
  staffId: string,
  reason: string,
  resolve?: ProviderResolver,
): Promise<string | undefined> {
  if (order.total - order.refundedTotal <= 0) return undefined;
  const result = await recordRefund(tx, {
    orderId: order.id,
    kind,
    lines: "remainder",
    shipping: "remaining",
    reason,
    staffId,
    resolve,
    event: false,
  });
  if (!result.ok) throw new RefundFailed(result.error);
  // A cancellation with nothing captured keeps its "a refund is due" note.
  if (kind === "cancellation" && result.refund.paymentsRefunded === 0) return undefined;
  return result.refund.via;
}

export type RefundOptions = { restock: boolean; note?: string; resolve?: ProviderResolver };

/**
 * Approves a refund request: the payment goes back through its provider first
 * (a refusal leaves the order in refund_requested), then the order is refunded
 * and its quantities return to stock ("refund") when the goods came back, or
 * never left (not shipped), less what a return already put back. Refused while a
 * return is in progress: it would refund that return's units under it.
 */
export const approveRefund = (orderId: string, staffId: string, opts: RefundOptions = { restock: false }) =>
  transitionOrder(
    orderId,
    "approve_refund",
    staff(staffId),
    { note: opts.note },
    {
      before: async (tx, order) => {
        const open = await openReturnOf(tx, order.id);
        if (open) throw new TransitionRefused(`Return ${open} is in progress on this order: refund or reject it first.`);
        // The rest of the order goes back (its points too, in proportion): earlier partial refunds are not paid twice.
        const refunded =
          (await refundRemainder(tx, order, "order", staffId, order.refundReason ?? "", opts.resolve)) ?? "Nothing was left to refund";
        return `${refunded}${restocks(order, opts) ? "; items restocked" : ""}`;
      },
      after: async (tx, order) => {
        if (!restocks(order, opts)) return;
        await setStockContext(tx, { reason: "refund", actorId: staffId, orderId: order.id });
        await releaseStock(tx, order.id);
      },
    },
  );

/** A refund approved puts the stock back when staff say the goods came back, and always when they never shipped. */
const restocks = (order: OrderRow, opts: RefundOptions) => opts.restock || order.shippedAt === null;

/**
 * Cancels by staff: the stock comes back; after payment the payment is refunded
 * through its provider first (a refusal leaves the order paid), which needs the
 * refund permission (`mayRefund`). The shopper is e-mailed.
 */
export async function staffCancelOrder(
  orderId: string,
  staffId: string,
  note?: string,
  resolve?: ProviderResolver,
  { mayRefund = false }: { mayRefund?: boolean } = {},
): Promise<TransitionResult> {
  const result = await transitionOrder(
    orderId,
    "cancel",
    staff(staffId),
    { note },
    {
      after: (tx) => notifyOrderStatus(orderId, tx),
      before: async (tx, order) => {
        if (!isPaidUnshipped(order.status)) return undefined;
        // Decided on the locked row: an order paid a moment ago is refused too.
        if (!mayRefund) throw new RefundFailed("Only an admin can cancel a paid order, since that refunds the payment.");
        const refunded = await refundRemainder(tx, order, "cancellation", staffId, note ?? "Cancelled by the shop", resolve);
        return refunded ? `Cancelled after payment: ${refunded.toLowerCase()}` : undefined;
      },
    },
  );
  return result;
}

/** A staff-only note on the order's timeline (never shown to the shopper). */
export async function addInternalNote(orderId: string, staffId: string, note: string): Promise<void> {
  await db.insert(orderEvents).values({ orderId, actor: "staff", actorId: staffId, note, internal: true });
}
