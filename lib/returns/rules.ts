import type { OrderStatus, ReturnResolution, ReturnStatus } from "@/db/schema";

/**
 * The life of a return (return_requests.status), one table like lib/orders/transitions.ts:
 * the shopper asks; staff approve or reject; the shopper sends the parcel with its
 * tracking number; staff mark it received (restocking what is resaleable), then
 * refund it or ship the exchange. The shopper may withdraw it until it is received.
 */
export type ReturnAction = "approve" | "reject" | "send" | "receive" | "refund" | "ship_exchange" | "withdraw";
export type ReturnActor = "shopper" | "staff";

type Rule = { action: ReturnAction; from: readonly ReturnStatus[]; to: ReturnStatus; actor: ReturnActor; resolution?: ReturnResolution };

const RULES: readonly Rule[] = [
  { action: "approve", from: ["requested"], to: "approved", actor: "staff" },
  { action: "reject", from: ["requested"], to: "rejected", actor: "staff" },
  { action: "send", from: ["approved", "in_transit"], to: "in_transit", actor: "shopper" },
  // A parcel may arrive before its tracking number was entered.
  { action: "receive", from: ["approved", "in_transit"], to: "received", actor: "staff" },
  { action: "refund", from: ["received"], to: "refunded", actor: "staff", resolution: "refund" },
  { action: "ship_exchange", from: ["received"], to: "exchanged", actor: "staff", resolution: "exchange" },
  { action: "withdraw", from: ["requested", "approved", "in_transit"], to: "withdrawn", actor: "shopper" },
];

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  requested: "Requested",
  approved: "Approved: send it back",
  rejected: "Rejected",
  in_transit: "On its way back",
  received: "Received",
  refunded: "Refunded",
  exchanged: "Exchanged",
  withdrawn: "Withdrawn",
};

/** Returns still in progress: they hold their quantities and keep the order from completing on its own. */
export const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ["requested", "approved", "in_transit", "received"];
/** Returns that no longer hold their quantities (the units may be returned again). */
export const VOID_RETURN_STATUSES: readonly ReturnStatus[] = ["rejected", "withdrawn"];

export type ReturnVerdict = { ok: true; to: ReturnStatus } | { ok: false; reason: string };

/** Where `action` takes a return, or why it cannot. */
export function nextReturnStatus(
  status: ReturnStatus,
  resolution: ReturnResolution,
  action: ReturnAction,
  actor: ReturnActor,
): ReturnVerdict {
  const rule = RULES.find(
    (r) => r.action === action && r.actor === actor && r.from.includes(status) && (!r.resolution || r.resolution === resolution),
  );
  if (rule) return { ok: true, to: rule.to };
  return { ok: false, reason: `This return is ${RETURN_STATUS_LABELS[status].toLowerCase()}, so that cannot be done now.` };
}

/** What `actor` may do to a return now. */
export function availableReturnActions(status: ReturnStatus, resolution: ReturnResolution, actor: ReturnActor): ReturnAction[] {
  return RULES.filter((r) => r.actor === actor && r.from.includes(status) && (!r.resolution || r.resolution === resolution)).map(
    (r) => r.action,
  );
}

const DAY_MS = 86_400_000;
const RETURNABLE_ORDER: readonly OrderStatus[] = ["delivered", "completed"];

export type ReturnWindow = { open: true; until: Date } | { open: false; reason: string; until: Date | null };

/**
 * Whether a return may be asked for now: the order delivered or completed, and
 * within `windowDays` of its delivery (completion when no delivery was recorded).
 */
export function returnWindow(
  order: { status: OrderStatus; deliveredAt: Date | null; completedAt: Date | null },
  windowDays: number,
  now: Date,
): ReturnWindow {
  const from = order.deliveredAt ?? order.completedAt;
  const until = from ? new Date(from.getTime() + windowDays * DAY_MS) : null;
  if (!RETURNABLE_ORDER.includes(order.status) || !until)
    return { open: false, reason: "Items can be returned once the order has been delivered.", until };
  if (now.getTime() > until.getTime())
    return { open: false, reason: `The ${windowDays}-day return window for this order has closed.`, until };
  return { open: true, until };
}

/** Units of a line that may still be returned: not refunded already, and not held by another return. */
export function returnableUnits(line: { quantity: number; refundedQuantity: number; inReturns: number }): number {
  return Math.max(0, line.quantity - line.refundedQuantity - line.inReturns);
}

/** The number a return is shown with: the order's number and a counter, e.g. MC-2026-000123-R1. */
export const returnNumber = (orderNumber: string, n: number) => `${orderNumber}-R${n}`;
