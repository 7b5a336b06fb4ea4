"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { hasPermission, requirePermission, requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { PaymentNotPossible, startPayment } from "@/lib/payments/start";
import { rememberGuestOrder } from "./guest-access";
import {
  addInternalNote,
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
import { findOrderForAction } from "./staff-queries";
import { trackOrder } from "./track";
import { currentViewer } from "./viewer";

const NOT_YOURS: ActionState = { error: "We could not find that order. Open it again from your e-mail or from Track order." };
const VIEW_ONLY: ActionState = { error: "To change this order, open the link in your order e-mail or sign in to the account that placed it." };

/** The order named by the form, if the caller may act on it (the same check as the page); "view-only" for a guest who only tracked it. */
async function ownedOrder(form: FormData): Promise<{ order: OrderView; userId: string | null } | "view-only" | null> {
  const parsed = orderNumberFormSchema.safeParse({ number: form.get("number") });
  if (!parsed.success) return null;
  const viewer = await currentViewer();
  const order = await getOrderForViewer(parsed.data.number, viewer);
  if (!order) return null;
  return order.canChange ? { order, userId: viewer.userId } : "view-only";
}

/** The refusal for an order the caller may not change. */
const refusal = (owned: "view-only" | null): ActionState => (owned === "view-only" ? VIEW_ONLY : NOT_YOURS);

/** On success, back to the order page with a notice of what happened (the form that was used may be gone now). */
function done(order: OrderView, result: TransitionResult, notice: "cancelled" | "received" | "refund"): ActionState {
  if (!result.ok) return { error: result.error };
  revalidatePath(`/orders/${order.number}`);
  redirect(`/orders/${order.number}?done=${notice}`);
}

export async function cancelOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const owned = await ownedOrder(form);
  if (!owned || owned === "view-only") return refusal(owned);
  const result = await cancelOrder(owned.order.id, owned.userId);
  if (result.ok) for (const slug of new Set(owned.order.lines.map((l) => l.productSlug))) revalidateTag(TAGS.product(slug), "max");
  return done(owned.order, result, "cancelled");
}

export async function confirmReceiptAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const owned = await ownedOrder(form);
  if (!owned || owned === "view-only") return refusal(owned);
  return done(owned.order, await confirmReceipt(owned.order.id, owned.userId), "received");
}

export async function requestRefundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(refundRequestSchema, form);
  if (parsed.failure) return parsed.failure;
  const owned = await ownedOrder(form);
  if (!owned || owned === "view-only") return refusal(owned);
  const result = await requestRefund(owned.order.id, owned.userId, parsed.data.reason);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  return done(owned.order, result, "refund");
}

/** Pay now: opens a fresh payment for an order still awaiting one and goes to the payment page. */
export async function payNowAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const owned = await ownedOrder(form);
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
  redirect(url);
}

/** Track order: a guest proves number + e-mail and gets the order into the signed cookie, to see it only (changes need the e-mail's link). */
export async function trackOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(trackSchema, form);
  if (parsed.failure) return parsed.failure;
  const { number, email } = parsed.data;
  const result = await trackOrder(number, email, clientIp(await headers()));
  if (!result.ok) return { error: result.error, values: formValues(form) };
  await rememberGuestOrder(result.orderId, "view");
  redirect(`/orders/${number}`);
}

// ── Back office (staff and admins) ──────────────────────────────────────────

/** What the staff member just did, announced on the order page (see app/admin/orders/[number]/page.tsx). */
export type StaffNotice = "shipped" | "delivered" | "cancelled" | "refunded" | "rejected" | "noted";

type StaffRun<T> = (order: { id: string; number: string }, staffId: string, data: T) => Promise<TransitionResult>;

/**
 * The shape of every staff order action: who is calling, parse, find the order,
 * act, revalidate the shopper's and the back office's order pages (and the
 * products whose stock moved), back to the order with a notice.
 */
async function staffOrderAction<S extends z.ZodType<{ number: string }>>(
  schema: S,
  form: FormData,
  run: StaffRun<z.infer<S>>,
  notice: StaffNotice,
  stockMoves: (data: z.infer<S>, result: TransitionResult & { ok: true }) => boolean = () => false,
): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const parsed = parseForm(schema, form);
  if (parsed.failure) return parsed.failure;
  const order = await findOrderForAction(parsed.data.number);
  if (!order) return { error: "There is no order with that number." };
  const result = await run(order, staff.user.id, parsed.data);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  revalidatePath(`/orders/${order.number}`);
  revalidatePath(`/admin/orders/${order.number}`);
  if (stockMoves(parsed.data, result)) for (const slug of order.slugs) revalidateTag(TAGS.product(slug), "max");
  redirect(`/admin/orders/${order.number}?done=${notice}`);
}

export async function shipOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return staffOrderAction(shipFormSchema, form, (o, staffId, d) => shipOrder(o.id, staffId, d), "shipped");
}

export async function markDeliveredAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return staffOrderAction(orderNumberFormSchema, form, (o, staffId) => markDelivered(o.id, staffId), "delivered");
}

/** Staff may cancel an unpaid order; cancelling a paid one refunds it, which needs the refund permission (admins). */
export async function staffCancelOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const caller = await requireStaffAction();
  const mayRefund = caller.ok && hasPermission(caller.user, "refund");
  return staffOrderAction(staffNoteFormSchema, form, (o, staffId, d) => staffCancelOrder(o.id, staffId, d.note, undefined, { mayRefund }), "cancelled", () => true);
}

export async function approveRefundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const allowed = await requirePermission("refund");
  if (!allowed.ok) return allowed.state;
  return staffOrderAction(
    approveRefundFormSchema,
    form,
    (o, staffId, d) => approveRefund(o.id, staffId, { restock: d.restock === "on" }),
    "refunded",
    (d) => d.restock === "on",
  );
}

export async function rejectRefundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return staffOrderAction(staffNoteFormSchema, form, (o, staffId, d) => rejectRefund(o.id, staffId, d.note), "rejected");
}

/** An internal note: staff only, on the back office's timeline, never the shopper's (so only the admin page is revalidated). */
export async function addInternalNoteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const parsed = parseForm(internalNoteFormSchema, form);
  if (parsed.failure) return parsed.failure;
  const order = await findOrderForAction(parsed.data.number);
  if (!order) return { error: "There is no order with that number." };
  await addInternalNote(order.id, staff.user.id, parsed.data.note);
  revalidatePath(`/admin/orders/${order.number}`);
  redirect(`/admin/orders/${order.number}?done=noted`);
}
