"use server";

import { revalidateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import type { z } from "zod";
import { publicAction, shopperAction, staffAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import type { SessionUser } from "@/lib/auth/session";
import { hasPermission, type StaffPermission } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { PaymentNotPossible, startPayment } from "@/lib/payments/mutations/start";
import { buyAgainHref } from "./buy-again-notice";
import { rememberGuestOrder } from "./guest-access";
import { buyAgain } from "./mutations/buy-again";
import {
  addInternalNote,
  approveOrder,
  approveRefund,
  cancelOrder,
  confirmReceipt,
  markDelivered,
  rejectRefund,
  requestRefund,
  shipOrder,
  staffCancelOrder,
  type TransitionResult,
} from "./mutations";
import { getOrderForViewer, type OrderView } from "./queries";
import {
  approveRefundFormSchema,
  internalNoteFormSchema,
  orderNumberFormSchema,
  refundRequestSchema,
  shipFormSchema,
  staffNoteFormSchema,
  trackSchema,
} from "./schema";
import { productSlugsOf } from "./queries/product-slugs";
import { findOrderForAction } from "./queries/staff";
import { trackOrder } from "./track";
import { currentViewer } from "./queries/viewer";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { CHECKOUT_ERRORS } from "@/lib/checkout/messages";
import { PAYMENT_ERRORS } from "@/lib/payments/messages";
import { ORDER_ERRORS, TRACK_ERRORS } from "./messages";

const NOT_YOURS: ActionState = { error: "We could not find that order. Open it again from your e-mail or from Track order." };
const VIEW_ONLY: ActionState = {
  error: "To change this order, open the link in your order e-mail or sign in to the account that placed it.",
};

/** The order named by the form, if the caller may act on it (the same check as the page); "view-only" for a guest who only tracked it. */
async function ownedOrder(number: string): Promise<{ order: OrderView; userId: string | null } | "view-only" | null> {
  const viewer = await currentViewer();
  const order = await getOrderForViewer(number, viewer);
  if (!order) return null;
  return order.canChange ? { order, userId: viewer.userId } : "view-only";
}

/** The refusal for an order the caller may not change. */
const refusal = (owned: "view-only" | null): ActionState => (owned === "view-only" ? VIEW_ONLY : NOT_YOURS);

/** On success, back to the order page with a notice of what happened (the form that was used may be gone now). */
async function done(order: OrderView, result: TransitionResult, notice: "cancelled" | "received" | "refund"): Promise<ActionState> {
  if (!result.ok) return { error: result.error };
  revalidateEveryLocale(`/orders/${order.number}`);
  redirect(await localized(`/orders/${order.number}?done=${notice}`));
}

// Shoppers and guests act on their own orders: open to anyone, the order must be the caller's (session or guest cookie).
const ownOrderForm = { schema: orderNumberFormSchema, invalid: () => NOT_YOURS };

export const cancelOrderAction = withKnownMessages(
  publicAction(ownOrderForm, async ({ number }): Promise<ActionState> => {
    const owned = await ownedOrder(number);
    if (!owned || owned === "view-only") return refusal(owned);
    const result = await cancelOrder(owned.order.id, owned.userId);
    if (result.ok) for (const slug of await productSlugsOf({ orderIds: [owned.order.id] })) revalidateTag(TAGS.product(slug), "max");
    return done(owned.order, result, "cancelled");
  }),
  ORDER_ERRORS,
);

export const confirmReceiptAction = withKnownMessages(
  publicAction(ownOrderForm, async ({ number }): Promise<ActionState> => {
    const owned = await ownedOrder(number);
    if (!owned || owned === "view-only") return refusal(owned);
    return done(owned.order, await confirmReceipt(owned.order.id, owned.userId), "received");
  }),
  ORDER_ERRORS,
);

export const requestRefundAction = withKnownMessages(
  publicAction({ schema: refundRequestSchema }, async ({ number, reason }, { form }): Promise<ActionState> => {
    const owned = await ownedOrder(number);
    if (!owned || owned === "view-only") return refusal(owned);
    const result = await requestRefund(owned.order.id, owned.userId, reason);
    if (!result.ok) return { error: result.error, values: formValues(form) };
    return done(owned.order, result, "refund");
  }),
  ORDER_ERRORS,
);

/** Pay now: opens a fresh payment for an order still awaiting one and goes to the payment page. */
export const payNowAction = withKnownMessages(
  publicAction(ownOrderForm, async ({ number }): Promise<ActionState> => {
    const owned = await ownedOrder(number);
    if (!owned || owned === "view-only") return refusal(owned);
    const { order } = owned;
    if (order.status !== "pending_payment") return { error: "This order is not waiting for payment." };
    let url: string;
    try {
      url = (await startPayment(order)).redirectUrl;
    } catch (e) {
      if (e instanceof PaymentNotPossible) return { error: e.message };
      console.error(`[orders] could not start the payment of ${order.number}`, e);
      return { error: "The payment page is not available right now. Please try again in a moment." };
    }
    redirect(await localized(url));
  }),
  ORDER_ERRORS,
  PAYMENT_ERRORS,
  CHECKOUT_ERRORS,
);

/**
 * Track order: a guest proves number + e-mail and gets the order into the signed cookie
 * (rate limited per address in trackOrder), to see it only (changes need the e-mail's link).
 */
export const trackOrderAction = withKnownMessages(
  publicAction({ schema: trackSchema }, async ({ number, email }, { form }): Promise<ActionState> => {
    const result = await trackOrder(number, email, clientIp(await headers()));
    if (!result.ok) return { error: result.error, values: formValues(form) };
    await rememberGuestOrder(result.orderId, "view");
    redirect(await localized(`/orders/${number}`));
  }),
  TRACK_ERRORS,
);

// ── Back office (staff and admins) ──────────────────────────────────────────

/** What the staff member just did, announced on the order page (see app/admin/orders/[number]/page.tsx). */
export type StaffNotice = "approved" | "shipped" | "delivered" | "cancelled" | "refunded" | "rejected" | "noted";

type StaffRun<T> = (order: { id: string; number: string }, staff: SessionUser, data: T) => Promise<TransitionResult>;

/**
 * The shape of every staff order action, built on staffAction (who is calling,
 * parse): find the order, act, revalidate the shopper's and the back office's
 * order pages (and the products whose stock moved), back to the order with a notice.
 */
function staffOrderAction<S extends z.ZodType<{ number: string }>>(
  schema: S,
  run: StaffRun<z.infer<S>>,
  notice: StaffNotice,
  stockMoves: (data: z.infer<S>, result: TransitionResult & { ok: true }) => boolean = () => false,
  permission?: StaffPermission,
) {
  return staffAction({ schema, permission }, async (data, { user, form }): Promise<ActionState> => {
    const order = await findOrderForAction(data.number);
    if (!order) return { error: "There is no order with that number." };
    const result = await run(order, user, data);
    if (!result.ok) return { error: result.error, values: formValues(form) };
    revalidateEveryLocale(`/orders/${order.number}`);
    revalidateEveryLocale(`/admin/orders/${order.number}`);
    if (stockMoves(data, result)) for (const slug of order.slugs) revalidateTag(TAGS.product(slug), "max");
    redirect(await localized(`/admin/orders/${order.number}?done=${notice}`));
  });
}

/** `Approve order` (review step on): the paid order awaiting review may now ship. */
export const approveOrderAction = staffOrderAction(orderNumberFormSchema, (o, staff) => approveOrder(o.id, staff.id), "approved");

export const shipOrderAction = staffOrderAction(shipFormSchema, (o, staff, d) => shipOrder(o.id, staff.id, d), "shipped");

export const markDeliveredAction = staffOrderAction(orderNumberFormSchema, (o, staff) => markDelivered(o.id, staff.id), "delivered");

/** Staff may cancel an unpaid order; cancelling a paid one refunds it, which needs the refund permission (admins). */
export const staffCancelOrderAction = staffOrderAction(
  staffNoteFormSchema,
  (o, staff, d) => staffCancelOrder(o.id, staff.id, d.note, undefined, { mayRefund: hasPermission(staff, "refund") }),
  "cancelled",
  () => true,
);

export const approveRefundAction = staffOrderAction(
  approveRefundFormSchema,
  (o, staff, d) => approveRefund(o.id, staff.id, { restock: d.restock === "on" }),
  "refunded",
  () => true, // restocked units, and waiting pre-orders given back to their limit even without a restock
  "refund",
);

export const rejectRefundAction = staffOrderAction(staffNoteFormSchema, (o, staff, d) => rejectRefund(o.id, staff.id, d.note), "rejected");

/** An internal note: staff only, on the back office's timeline, never the shopper's (so only the admin page is revalidated). */
export const addInternalNoteAction = staffAction({ schema: internalNoteFormSchema }, async (data, { user }): Promise<ActionState> => {
  const order = await findOrderForAction(data.number);
  if (!order) return { error: "There is no order with that number." };
  await addInternalNote(order.id, user.id, data.note);
  revalidateEveryLocale(`/admin/orders/${order.number}`);
  redirect(await localized(`/admin/orders/${order.number}?done=noted`));
});

/** `Buy again` on the account's order list: the order's lines that can still be bought go to the cart, then /cart says what happened. */
export const buyAgainAction = shopperAction.form(
  { returnTo: "/account/orders", schema: orderNumberFormSchema, invalid: async () => redirect(await localized("/account/orders")) },
  async ({ number }, { user }) => {
    const lines = await buyAgain(user.id, number);
    // Not this shopper's order (or gone): back to their own list, as for a number that does not exist.
    if (!lines) redirect(await localized("/account/orders"));
    revalidateEveryLocale("/cart");
    redirect(await localized(buyAgainHref(number, lines)));
  },
);
