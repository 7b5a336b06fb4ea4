"use server";

import { revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { publicAction, staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { ORDER_ERRORS } from "@/lib/orders/messages";
import { RETURN_ERRORS, STAFF_RETURN_ERRORS } from "./messages";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { getOrderForViewer, type OrderView } from "@/lib/orders/queries";
import { currentViewer } from "@/lib/orders/queries/viewer";
import {
  approveReturn,
  createReturn,
  receiveReturn,
  refundReturn,
  rejectReturn,
  sendReturn,
  shipExchange,
  withdrawReturn,
  type ReturnResult,
} from "./mutations";
import { attachReturnPhotos, PhotoRefused, preparePhotos } from "./photos";
import {
  createReturnFormInput,
  createReturnSchema,
  decideReturnSchema,
  receiveReturnFormInput,
  receiveReturnSchema,
  returnFormSchema,
  sendReturnSchema,
} from "./schema";

const NOT_YOURS: ActionState = { error: "We could not find that order. Open it again from your e-mail or from Track order." };
const VIEW_ONLY: ActionState = {
  error: "To return items, open the link in your order e-mail or sign in to the account that placed it.",
};

/** The order if the caller may change it (its account, or a guest holding the e-mail's link), as the order page decides. */
async function ownedOrder(number: string): Promise<{ order: OrderView; userId: string | null } | { error: string }> {
  const viewer = await currentViewer();
  const order = await getOrderForViewer(number, viewer);
  if (!order) return { error: NOT_YOURS.error! };
  if (!order.canChange) return { error: VIEW_ONLY.error! };
  return { order, userId: viewer.userId };
}

/** The order number a return number belongs to (MC-2026-000123-R1 → MC-2026-000123). */
const orderNumberOf = (returnNumber: string) => returnNumber.replace(/-R\d+$/, "");

/** Submit return: the shopper's request, checked against the window and what is still returnable (on the server, under the order's lock). */
export const createReturnAction = withKnownMessages(
  publicAction(
    { schema: createReturnSchema, input: createReturnFormInput },
    async ({ number, ...input }, { form }): Promise<ActionState> => {
      const owned = await ownedOrder(number);
      if ("error" in owned) return owned;
      const files = form.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
      let photos;
      try {
        photos = await preparePhotos(files);
      } catch (e) {
        if (e instanceof PhotoRefused) return { error: e.message, values: formValues(form) };
        throw e;
      }
      const result = await createReturn(owned.order.id, owned.userId, input, new Date(), (tx, id) => attachReturnPhotos(tx, id, photos));
      if (!result.ok) return { error: result.error, values: formValues(form) };
      revalidateEveryLocale(`/orders/${number}`);
      redirect(await localized(`/orders/${number}?done=return`));
    },
  ),
  RETURN_ERRORS,
  ORDER_ERRORS,
);

/** Send return details: the carrier and tracking number of the parcel coming back (回寄). */
export const sendReturnAction = withKnownMessages(
  publicAction({ schema: sendReturnSchema }, async (data, { form }): Promise<ActionState> => {
    const number = orderNumberOf(data.returnNumber);
    const owned = await ownedOrder(number);
    if ("error" in owned) return owned;
    const result = await sendReturn(data.returnNumber, owned.order.id, owned.userId, data);
    if (!result.ok) return { error: result.error, values: formValues(form) };
    revalidateEveryLocale(`/orders/${number}`);
    revalidateEveryLocale(`/admin/returns/${data.returnNumber}`);
    redirect(await localized(`/orders/${number}?done=return-sent`));
  }),
  RETURN_ERRORS,
  ORDER_ERRORS,
);

/** Withdraw return: the shopper closes a return not yet received. */
export const withdrawReturnAction = withKnownMessages(
  publicAction({ schema: returnFormSchema }, async (data): Promise<ActionState> => {
    const number = orderNumberOf(data.returnNumber);
    const owned = await ownedOrder(number);
    if ("error" in owned) return owned;
    const result = await withdrawReturn(data.returnNumber, owned.order.id, owned.userId);
    if (!result.ok) return { error: result.error };
    revalidateEveryLocale(`/orders/${number}`);
    revalidateEveryLocale(`/admin/returns/${data.returnNumber}`);
    redirect(await localized(`/orders/${number}?done=return-withdrawn`));
  }),
  RETURN_ERRORS,
  ORDER_ERRORS,
);

// ── Back office ─────────────────────────────────────────────────────────────

export type ReturnNotice = "approved" | "rejected" | "received" | "refunded" | "exchanged";

/** After a staff step: both order pages and the return's pages are stale; back to the return with what happened. */
async function staffDone(result: ReturnResult, form: FormData, notice: ReturnNotice, slugs: string[] = []): Promise<ActionState> {
  if (!result.ok) return { error: result.error, values: formValues(form) };
  const number = orderNumberOf(result.number);
  revalidateEveryLocale(`/orders/${number}`);
  revalidateEveryLocale(`/admin/orders/${number}`);
  revalidateEveryLocale(`/admin/returns/${result.number}`);
  revalidateEveryLocale("/admin/returns");
  for (const slug of slugs) revalidateTag(TAGS.product(slug), "max");
  redirect(await localized(`/admin/returns/${result.number}?done=${notice}`));
}

export const approveReturnAction = withKnownMessages(
  staffAction({ schema: decideReturnSchema }, async (d, { user, form }) =>
    staffDone(await approveReturn(d.returnNumber, user.id, d.note ?? ""), form, "approved"),
  ),
  STAFF_RETURN_ERRORS,
  RETURN_ERRORS,
  STAFF_ERRORS,
);

export const rejectReturnAction = withKnownMessages(
  staffAction({ schema: decideReturnSchema }, async (d, { user, form }) =>
    staffDone(await rejectReturn(d.returnNumber, user.id, d.note ?? ""), form, "rejected"),
  ),
  STAFF_RETURN_ERRORS,
  RETURN_ERRORS,
  STAFF_ERRORS,
);

export const receiveReturnAction = withKnownMessages(
  staffAction({ schema: receiveReturnSchema, input: receiveReturnFormInput }, async (d, { user, form }) => {
    const result = await receiveReturn(d.returnNumber, user.id, d.restock);
    return staffDone(result, form, "received", result.ok ? (result.slugs ?? []) : []);
  }),
  STAFF_RETURN_ERRORS,
  RETURN_ERRORS,
  STAFF_ERRORS,
);

/** Refund: through the refund engine, which needs the refund permission like any refund. */
export const refundReturnAction = withKnownMessages(
  staffAction({ schema: returnFormSchema, permission: "refund" }, async (d, { user, form }) =>
    staffDone(await refundReturn(d.returnNumber, user.id), form, "refunded"),
  ),
  STAFF_RETURN_ERRORS,
  RETURN_ERRORS,
  STAFF_ERRORS,
);

export const shipExchangeAction = withKnownMessages(
  staffAction({ schema: sendReturnSchema }, async (d, { user, form }) => {
    const result = await shipExchange(d.returnNumber, user.id, d);
    return staffDone(result, form, "exchanged", result.ok ? (result.slugs ?? []) : []);
  }),
  STAFF_RETURN_ERRORS,
  RETURN_ERRORS,
  STAFF_ERRORS,
);
