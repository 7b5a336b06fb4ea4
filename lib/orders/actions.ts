"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { PaymentNotPossible, startPayment } from "@/lib/payments/start";
import { rememberGuestOrder } from "./guest-access";
import { cancelOrder, confirmReceipt, requestRefund, type TransitionResult } from "./mutations";
import { getOrderForViewer, type OrderView } from "./queries";
import { orderNumberFormSchema, refundRequestSchema, trackSchema } from "./schema";
import { trackOrder } from "./track";
import { currentViewer } from "./viewer";

const NOT_YOURS: ActionState = { error: "We could not find that order. Open it again from your e-mail or from Track order." };

/** The order named by the form, if the caller may act on it (the same check as the page). */
async function ownedOrder(form: FormData): Promise<{ order: OrderView; userId: string | null } | null> {
  const parsed = orderNumberFormSchema.safeParse({ number: form.get("number") });
  if (!parsed.success) return null;
  const viewer = await currentViewer();
  const order = await getOrderForViewer(parsed.data.number, viewer);
  return order ? { order, userId: viewer.userId } : null;
}

/** On success, back to the order page with a notice of what happened (the form that was used may be gone now). */
function done(order: OrderView, result: TransitionResult, notice: "cancelled" | "received" | "refund"): ActionState {
  if (!result.ok) return { error: result.error };
  revalidatePath(`/orders/${order.number}`);
  redirect(`/orders/${order.number}?done=${notice}`);
}

export async function cancelOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const owned = await ownedOrder(form);
  if (!owned) return NOT_YOURS;
  const result = await cancelOrder(owned.order.id, owned.userId);
  if (result.ok) for (const slug of new Set(owned.order.lines.map((l) => l.productSlug))) revalidateTag(TAGS.product(slug), "max");
  return done(owned.order, result, "cancelled");
}

export async function confirmReceiptAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const owned = await ownedOrder(form);
  if (!owned) return NOT_YOURS;
  return done(owned.order, await confirmReceipt(owned.order.id, owned.userId), "received");
}

export async function requestRefundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(refundRequestSchema, form);
  if (parsed.failure) return parsed.failure;
  const owned = await ownedOrder(form);
  if (!owned) return NOT_YOURS;
  const result = await requestRefund(owned.order.id, owned.userId, parsed.data.reason);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  return done(owned.order, result, "refund");
}

/** Pay now: opens a fresh payment for an order still awaiting one and goes to the payment page. */
export async function payNowAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const owned = await ownedOrder(form);
  if (!owned) return NOT_YOURS;
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

/** Track order: a guest proves number + e-mail and gets the order into the signed cookie. */
export async function trackOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseForm(trackSchema, form);
  if (parsed.failure) return parsed.failure;
  const { number, email } = parsed.data;
  const result = await trackOrder(number, email, clientIp(await headers()));
  if (!result.ok) return { error: result.error, values: formValues(form) };
  await rememberGuestOrder(result.orderId);
  redirect(`/orders/${number}`);
}
