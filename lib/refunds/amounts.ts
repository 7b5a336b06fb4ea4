/**
 * The refund arithmetic, pure (no I/O): what a refund of some quantities of some
 * lines (and, when asked, the shipping) gives back. All amounts are integer minor units.
 *
 * A line's refundable value is what was paid for it: its total less the item
 * discounts allocated to it (`order_discount_allocations`, see lib/pricing/README.md).
 * Units are refunded pro rata with the remainders settled cumulatively: refunding
 * units r+1..r+q of a line worth N for Q units gives ⌊N·(r+q)/Q⌋ − what was already
 * refunded, so refunding all units, in any number of refunds, sums to exactly N.
 * The shipping's refundable value is the shipping total less its own discounts.
 * Nothing is ever refunded past what remains of the order (total − refunded).
 */

export type RefundableLine = {
  orderLineId: number;
  quantity: number;
  lineTotal: number;
  /** this line's share of the item discounts */
  discount: number;
  /** units of this line refunded by earlier refunds, and how much they gave back */
  refundedQuantity: number;
  refundedAmount: number;
  /** units in a return in progress: a refund without a return leaves them to it */
  heldByOpenReturns?: number;
};

export type RefundableOrder = {
  total: number;
  refundedTotal: number;
  shippingTotal: number;
  /** the discounts on shipping (free shipping coupons, member tiers) */
  shippingDiscount: number;
  /** the shipping given back by earlier refunds */
  refundedShipping: number;
  lines: readonly RefundableLine[];
};

/** Which units to refund; `shipping`: none, what is left of it, or an amount (never more than is left). */
export type RefundRequest = {
  lines: readonly { orderLineId: number; quantity: number }[];
  shipping: "none" | "remaining" | number;
  /** a refund without a return: the units held by a return in progress are not its to refund */
  outsideReturns?: boolean;
};

export type RefundComputation = {
  lines: { orderLineId: number; quantity: number; amount: number }[];
  shippingAmount: number;
  amount: number;
};

export type RefundVerdict = ({ ok: true } & RefundComputation) | { ok: false; error: string };

/** What was paid for a line: its total less its allocated discounts (never below zero). */
export const lineNet = (line: Pick<RefundableLine, "lineTotal" | "discount">) => Math.max(0, line.lineTotal - line.discount);

/** Units of a line not yet refunded. */
export const unitsLeft = (line: RefundableLine) => Math.max(0, line.quantity - line.refundedQuantity);

/** The shipping not yet given back. */
export const shippingLeft = (order: RefundableOrder) => Math.max(0, order.shippingTotal - order.shippingDiscount - order.refundedShipping);

/** What `quantity` more units of a line give back, after `refundedQuantity` units gave back `refundedAmount`. */
export function unitsAmount(line: RefundableLine, quantity: number): number {
  const net = lineNet(line);
  const upTo = Math.floor((net * (line.refundedQuantity + quantity)) / line.quantity);
  return Math.max(0, Math.min(net, upTo) - line.refundedAmount);
}

/** The refund a request comes to, or why it cannot be made. */
export function computeRefund(order: RefundableOrder, request: RefundRequest): RefundVerdict {
  const byId = new Map(order.lines.map((l) => [l.orderLineId, l]));
  const seen = new Set<number>();
  const lines: RefundComputation["lines"] = [];
  for (const wanted of request.lines) {
    if (wanted.quantity === 0) continue;
    const line = byId.get(wanted.orderLineId);
    if (!line || seen.has(wanted.orderLineId)) return { ok: false, error: "That line is not part of this order." };
    seen.add(wanted.orderLineId);
    if (!Number.isInteger(wanted.quantity) || wanted.quantity < 0) return { ok: false, error: "Quantities must be whole numbers." };
    const held = request.outsideReturns ? Math.min(unitsLeft(line), line.heldByOpenReturns ?? 0) : 0;
    const left = unitsLeft(line) - held;
    if (wanted.quantity > left)
      return {
        ok: false,
        error:
          left === 0
            ? held > 0
              ? "A line you chose is in a return in progress: refund it through the return."
              : "A line you chose is already refunded in full."
            : `Only ${left} of a line you chose can still be refunded${held > 0 ? " (the rest is in a return in progress)" : ""}.`,
      };
    lines.push({ orderLineId: line.orderLineId, quantity: wanted.quantity, amount: unitsAmount(line, wanted.quantity) });
  }
  const shipLeft = shippingLeft(order);
  let shippingAmount = 0;
  if (request.shipping === "remaining") shippingAmount = shipLeft;
  else if (typeof request.shipping === "number") {
    if (!Number.isInteger(request.shipping) || request.shipping < 0) return { ok: false, error: "The shipping amount is not valid." };
    if (request.shipping > shipLeft) return { ok: false, error: "That is more shipping than is left to refund." };
    shippingAmount = request.shipping;
  }
  const amount = lines.reduce((sum, l) => sum + l.amount, 0) + shippingAmount;
  if (amount <= 0) return { ok: false, error: "Choose at least one item (or the shipping) with something left to refund." };
  if (amount > order.total - order.refundedTotal) return { ok: false, error: "That is more than is left to refund on this order." };
  return { ok: true, lines, shippingAmount, amount };
}

/**
 * Everything still unrefunded: every unit left of every line and the shipping
 * left, for a whole-order refund or a cancellation. Its amount is exactly the
 * order's remainder (total − refunded) when every refund went through computeRefund.
 */
export function remainderRequest(order: RefundableOrder): RefundRequest {
  return {
    lines: order.lines.filter((l) => unitsLeft(l) > 0).map((l) => ({ orderLineId: l.orderLineId, quantity: unitsLeft(l) })),
    shipping: "remaining",
  };
}

/**
 * Splits a refund over the order's captured payments, oldest first, each given
 * back at most what is left of it. Earlier refunds (`refundedBefore`) are assumed
 * to have taken the same path, so they fill the payments in the same order.
 */
export function splitOverPayments<P extends { amount: number }>(
  payments: readonly P[],
  amount: number,
  refundedBefore: number,
): { payment: P; amount: number; fullyRefunded: boolean }[] {
  let before = refundedBefore;
  let rest = amount;
  const out: { payment: P; amount: number; fullyRefunded: boolean }[] = [];
  for (const payment of payments) {
    const taken = Math.min(payment.amount, Math.max(0, before));
    before -= taken;
    const share = Math.min(payment.amount - taken, rest);
    rest -= share;
    if (share > 0) out.push({ payment, amount: share, fullyRefunded: taken + share === payment.amount });
  }
  return out;
}
