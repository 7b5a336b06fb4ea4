import "server-only";
import { db } from "@/db";
import { lockOrder } from "@/lib/orders/mutations/apply";
import type { ProviderResolver } from "@/lib/payments/mutations/refund";
import { RefundFailed } from "@/lib/payments/provider";
import { notifyShopper } from "./notify";
import { recordRefund, type RecordedRefund } from "./record";
import type { RefundRequest } from "./amounts";

/** Orders money can be given back on without a return: paid and not yet ended by a whole refund or cancellation. */
const REFUNDABLE_STATUSES = new Set(["paid", "shipped", "delivered", "completed", "refund_requested", "refund_rejected"]);

export type RefundResult = { ok: true; refund: RecordedRefund } | { ok: false; error: string };

/**
 * A refund without a return (e.g. "the item never arrived"): staff choose lines,
 * quantities and the shipping; the money goes back through the provider under the
 * order's lock. The shopper is e-mailed.
 */
export async function refundWithoutReturn(
  orderId: string,
  staffId: string,
  input: { lines: RefundRequest["lines"]; shipping: RefundRequest["shipping"]; reason: string },
  resolve?: ProviderResolver,
): Promise<RefundResult> {
  let result: RefundResult;
  try {
    result = await db.transaction(async (tx): Promise<RefundResult> => {
      const order = await lockOrder(tx, orderId);
      if (!order) return { ok: false, error: "There is no such order." };
      if (!REFUNDABLE_STATUSES.has(order.status)) return { ok: false, error: "Only a paid order can be refunded." };
      return recordRefund(tx, { orderId, kind: "no_return", ...input, staffId, resolve });
    });
  } catch (e) {
    if (e instanceof RefundFailed) return { ok: false, error: `${e.message} Nothing was refunded.` };
    throw e;
  }
  if (result.ok) await notifyRefund(orderId, result.refund);
  return result;
}

/** The shopper's e-mail for a refund, in the order's language. */
export async function notifyRefund(orderId: string, refund: RecordedRefund): Promise<void> {
  await notifyShopper(orderId, {
    template: "refund-issued",
    write: ({ t, money }) => {
      const amount = money(refund.amount);
      return {
        subject: t("refund.subject", { amount }),
        lines: [
          refund.shippingAmount > 0
            ? t("refund.bodyWithShipping", { amount, shipping: money(refund.shippingAmount) })
            : t("refund.body", { amount }),
          t("refund.soFar", { refunded: money(refund.refundedTotal), total: money(refund.orderTotal) }),
        ],
      };
    },
  });
}
