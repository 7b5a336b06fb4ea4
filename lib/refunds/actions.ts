"use server";

import { revalidateTag } from "next/cache";
import { staffAction } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { formatMoney } from "@/lib/money";
import { findOrderForAction } from "@/lib/orders/queries/staff";
import { refundWithoutReturn } from "./mutations";
import { noReturnRefundSchema, refundFormInput } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";

/** Refund without a return (e.g. the item never arrived): needs the refund permission, like approving a refund. */
export const refundWithoutReturnAction = staffAction(
  { schema: noReturnRefundSchema, input: refundFormInput, permission: "refund" },
  async (data, { user, form }): Promise<ActionState> => {
    const order = await findOrderForAction(data.number);
    if (!order) return { error: "There is no order with that number." };
    const result = await refundWithoutReturn(order.id, user.id, {
      lines: data.lines,
      shipping: data.shipping === "on" ? "remaining" : "none",
      reason: data.reason,
    });
    if (!result.ok) return { error: result.error, values: formValues(form) };
    revalidateEveryLocale(`/orders/${order.number}`);
    revalidateEveryLocale(`/admin/orders/${order.number}`);
    // Refunded in full, the order gives its waiting pre-orders back to their limit: the product pages may sell again.
    for (const slug of order.slugs) revalidateTag(TAGS.product(slug), "max");
    const money = (amount: number) => formatMoney({ amount, currency: result.refund.currency });
    return {
      ok: true,
      message: `Refunded ${money(result.refund.amount)} through the payment provider (${money(result.refund.refundedTotal)} of ${money(result.refund.orderTotal)} so far). The shopper was e-mailed.`,
    };
  },
);
