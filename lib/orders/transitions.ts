import type { OrderActor, OrderStatus } from "@/db/schema";

export type OrderAction =
  | "pay"
  | "approve"
  | "cancel"
  | "ship"
  | "deliver"
  | "confirm_receipt"
  | "complete"
  | "request_refund"
  | "approve_refund"
  | "reject_refund"
  | "refund_in_full";

type Rule = { action: OrderAction; from: readonly OrderStatus[]; to: OrderStatus; actors: readonly OrderActor[] };

/** Every allowed change of an order's status, and who may make it. */
const RULES: readonly Rule[] = [
  // With the review step on, the payment takes the order to awaiting_review instead (statusAfterPayment).
  { action: "pay", from: ["pending_payment"], to: "paid", actors: ["payment"] },
  { action: "pay", from: ["pending_payment"], to: "awaiting_review", actors: ["payment"] },
  // The review step (审核): staff approve a paid order before it may ship.
  { action: "approve", from: ["awaiting_review"], to: "paid", actors: ["staff"] },
  { action: "cancel", from: ["pending_payment"], to: "cancelled", actors: ["shopper", "staff", "system"] },
  // After payment only the shop may cancel (and then owes a refund).
  { action: "cancel", from: ["awaiting_review", "paid"], to: "cancelled", actors: ["staff"] },
  { action: "ship", from: ["paid"], to: "shipped", actors: ["staff"] },
  { action: "deliver", from: ["shipped"], to: "delivered", actors: ["staff", "system"] },
  { action: "confirm_receipt", from: ["shipped", "delivered"], to: "completed", actors: ["shopper"] },
  // The automatic-completion job (lib/orders/mutations/auto-complete.ts): a delivered order nobody complained about.
  { action: "complete", from: ["delivered"], to: "completed", actors: ["system"] },
  {
    action: "request_refund",
    from: ["awaiting_review", "paid", "shipped", "delivered", "completed"],
    to: "refund_requested",
    actors: ["shopper"],
  },
  { action: "approve_refund", from: ["refund_requested"], to: "refunded", actors: ["staff"] },
  { action: "reject_refund", from: ["refund_requested"], to: "refund_rejected", actors: ["staff"] },
  // Refunds of items (returns, refunds without a return) that together reach the order's total (lib/refunds/record.ts).
  {
    action: "refund_in_full",
    from: ["awaiting_review", "paid", "shipped", "delivered", "completed", "refund_rejected"],
    to: "refunded",
    actors: ["system"],
  },
];

export type TransitionVerdict = { ok: true; to: OrderStatus } | { ok: false; reason: string };

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: "Pending payment",
  awaiting_review: "Awaiting review",
  paid: "Paid",
  shipped: "Shipped",
  delivered: "Delivered",
  completed: "Completed",
  cancelled: "Cancelled",
  refund_requested: "Refund requested",
  refunded: "Refunded",
  refund_rejected: "Refund rejected",
};

const REFUSALS: Record<OrderAction, string> = {
  pay: "it cannot be paid now",
  approve: "there is nothing to approve",
  cancel: "it can no longer be cancelled",
  ship: "it cannot be shipped",
  deliver: "it cannot be marked as delivered",
  confirm_receipt: "its receipt cannot be confirmed",
  complete: "it cannot be completed",
  request_refund: "a refund cannot be requested",
  approve_refund: "there is no refund request to approve",
  reject_refund: "there is no refund request to reject",
  refund_in_full: "it cannot be marked as refunded in full",
};

/** Where the payment takes an unpaid order: straight to paid, or to awaiting_review when the store reviews orders first. */
export function statusAfterPayment(reviewOrdersBeforeFulfilment: boolean): OrderStatus {
  return reviewOrdersBeforeFulfilment ? "awaiting_review" : "paid";
}

/** Paid and not yet shipped: cancelling refunds the payment and puts the stock back. */
export function isPaidUnshipped(status: OrderStatus): boolean {
  return status === "paid" || status === "awaiting_review";
}

/** Where `action` by `actor` takes an order in `status`, or why it cannot (for `pay`, the first rule: see statusAfterPayment). */
export function nextStatus(status: OrderStatus, action: OrderAction, actor: OrderActor): TransitionVerdict {
  const rule = RULES.find((r) => r.action === action && r.from.includes(status) && r.actors.includes(actor));
  if (rule) return { ok: true, to: rule.to };
  const anyActor = RULES.some((r) => r.action === action && r.from.includes(status));
  if (anyActor) return { ok: false, reason: `You cannot do that to an order that is ${STATUS_LABELS[status].toLowerCase()}.` };
  return { ok: false, reason: `This order is ${STATUS_LABELS[status].toLowerCase()}, so ${REFUSALS[action]}.` };
}

/** The actions `actor` may take on an order in `status`, in rule order. */
export function availableActions(status: OrderStatus, actor: OrderActor): OrderAction[] {
  return [...new Set(RULES.filter((r) => r.from.includes(status) && r.actors.includes(actor)).map((r) => r.action))];
}

/**
 * Changes that put the reserved stock back on the shelf: the order ended before it shipped (cancelled, or
 * refunded in full by refunds of its items while still paid and unshipped).
 */
export function releasesStock(from: OrderStatus, to: OrderStatus): boolean {
  if (to === "cancelled") return from === "pending_payment" || isPaidUnshipped(from);
  return to === "refunded" && isPaidUnshipped(from);
}
