import "server-only";
import { db } from "@/db";
import type { OrderStatus } from "@/db/schema";
import { applyTransition, lockOrder, type Actor, type TransitionData } from "./apply";
import { notifyOrderStatus } from "./notify";
import { nextStatus, type OrderAction } from "./transitions";

export type { Actor, TransitionData } from "./apply";

export type TransitionResult = { ok: true; from: OrderStatus; to: OrderStatus } | { ok: false; error: string };

const NOTIFY_ON: readonly OrderStatus[] = ["shipped", "refunded"];

/**
 * Applies one action to an order in a transaction: the row is locked, the rule
 * checked against its current status, the change and its event recorded; a
 * cancellation puts the stock back. Concurrent calls are serialised by the lock,
 * so the second finds the new status and is refused.
 */
export async function transitionOrder(orderId: string, action: OrderAction, actor: Actor, data: TransitionData = {}): Promise<TransitionResult> {
  const result = await db.transaction(async (tx): Promise<TransitionResult> => {
    const order = await lockOrder(tx, orderId);
    if (!order) return { ok: false, error: "There is no such order." };
    const verdict = nextStatus(order.status, action, actor.kind);
    if (!verdict.ok) return { ok: false, error: verdict.reason };
    let note = data.note;
    if (action === "cancel" && order.status === "paid") note ??= "Cancelled after payment: a refund is due";
    await applyTransition(tx, order, verdict.to, actor, { ...data, note });
    return { ok: true, from: order.status, to: verdict.to };
  });
  if (result.ok && NOTIFY_ON.includes(result.to)) await notifyOrderStatus(orderId);
  return result;
}

const shopper = (userId: string | null): Actor => ({ kind: "shopper", id: userId });
const staff = (staffId: string): Actor => ({ kind: "staff", id: staffId });

export const cancelOrder = (orderId: string, userId: string | null) => transitionOrder(orderId, "cancel", shopper(userId));
export const confirmReceipt = (orderId: string, userId: string | null) => transitionOrder(orderId, "confirm_receipt", shopper(userId));
export const requestRefund = (orderId: string, userId: string | null, reason: string) =>
  transitionOrder(orderId, "request_refund", shopper(userId), { reason });

export const shipOrder = (orderId: string, staffId: string, shipment: { carrier: string; trackingNumber: string }) =>
  transitionOrder(orderId, "ship", staff(staffId), shipment);
export const markDelivered = (orderId: string, staffId: string) => transitionOrder(orderId, "deliver", staff(staffId));
export const approveRefund = (orderId: string, staffId: string) => transitionOrder(orderId, "approve_refund", staff(staffId));
export const rejectRefund = (orderId: string, staffId: string, note?: string) => transitionOrder(orderId, "reject_refund", staff(staffId), { note });
export const staffCancelOrder = (orderId: string, staffId: string, note?: string) => transitionOrder(orderId, "cancel", staff(staffId), { note });
