"use server";

import { revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, requestLocale, revalidateEveryLocale } from "@/lib/i18n/server";
import { publicAction } from "@/lib/actions";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { TAGS } from "@/lib/cache-tags";
import { currentCartId } from "@/lib/cart/current";
import { COOKIES } from "@/lib/cookie-names";
import { setCookie } from "@/lib/cookies";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { rememberGuestOrder } from "@/lib/orders/guest-access";
import { notifyOrderStatus } from "@/lib/orders/mutations/notify";
import { findEnabledMethod } from "@/lib/payments/methods";
import { METHOD_NOT_OFFERED, startPayment } from "@/lib/payments/mutations/start";
import { PAYMENT_ERRORS } from "@/lib/payments/messages";
import { listEnabledPaymentMethods } from "@/lib/payments/settings";
import { placeOrder } from "./mutations";
import { checkoutSchema } from "./schema";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { CART_NOTICES } from "@/lib/cart/messages";
import { CHECKOUT_ERRORS } from "./messages";

/** An account whose e-mail is not confirmed cannot order: said before any field error, since fixing fields would not help. */
function unconfirmed(user: SessionUser | null, form: FormData): ActionState | null {
  if (!user || user.emailVerified) return null;
  return {
    error: "Confirm your e-mail address before placing an order: send yourself a code from the notice above.",
    values: formValues(form),
  };
}

/** Place order (guests too): validate, create the order from the database cart, then send the shopper to pay. */
export const placeOrderAction = withKnownMessages(
  publicAction(
    { schema: checkoutSchema, invalid: async (failure, form) => unconfirmed(await getSessionUser(), form) ?? failure },
    async (data, { form, sessionUser }): Promise<ActionState> => {
      const user = await sessionUser();
      const refused = unconfirmed(user, form);
      if (refused) return refused;
      // The store may have switched the chosen method off since the page was shown: nothing is ordered then.
      if (data.paymentMethod !== undefined && !findEnabledMethod(await listEnabledPaymentMethods(), data.paymentMethod)) {
        revalidateEveryLocale("/checkout");
        return { error: METHOD_NOT_OFFERED, fieldErrors: { paymentMethod: METHOD_NOT_OFFERED }, values: formValues(form) };
      }
      const result = await placeOrder(data, { cartId: await currentCartId(), userId: user?.id ?? null, locale: await requestLocale() });
      if (!result.ok) {
        // Totals may have changed (an offer ended, stock moved): the page's quotes are read again, for a guest with the
        // e-mail they typed, since per-customer limits (a flash sale's "1 per customer") count guests by e-mail.
        if (!user) await setCookie(COOKIES.checkoutEmail, data.email, 60 * 60);
        revalidateEveryLocale("/checkout");
        return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined, values: formValues(form) };
      }
      const { order } = result;
      if (result.created) {
        for (const slug of result.productSlugs) revalidateTag(TAGS.product(slug), "max");
        await notifyOrderStatus(order.id);
      }
      if (!user) await rememberGuestOrder(order.id, "full");
      let target = `/orders/${order.number}`;
      try {
        target = (await startPayment(order, data.paymentMethod)).redirectUrl;
      } catch (e) {
        // The order exists either way; its page offers "Pay now" again.
        console.error(`[checkout] could not start the payment of ${order.number}`, e);
      }
      redirect(await localized(target));
    },
  ),
  CHECKOUT_ERRORS,
  CART_NOTICES,
  PAYMENT_ERRORS,
);
