"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import type { SessionUser } from "@/lib/auth/session";
import { quoteCart } from "@/lib/pricing/quote";
import { consume, retryIn } from "@/lib/rate-limit";
import { countFunnelStep } from "@/lib/analytics/mutations";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { currentCartId, ensureCartId } from "./current";
import { addItem, CartError, removeLine, setCartCoupon, setQuantity, type QuantityResult } from "./mutations";
import { getCartView } from "./queries";
import { addToCartSchema, applyCouponSchema, removeCouponSchema, removeLineSchema, updateQuantitySchema } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { CART_NOTICES } from "./messages";

const expired: ActionState = { error: "Your cart has expired. Please add the items again." };

/** A CartError becomes a message for the shopper; anything else is a real failure and is thrown. */
function refusal(error: unknown, form: FormData): ActionState {
  if (error instanceof CartError) return { error: error.message, values: formValues(form) };
  throw error;
}

const clampNote = (r: QuantityResult) => (r.clamped ? `${r.clamped} — quantity set to ${r.quantity}` : undefined);

/** Guests and signed-in shoppers alike; the cart (and a guest's cookie) is created on first add. */
export const addToCartAction = withKnownMessages(
  publicAction(
    {
      schema: addToCartSchema,
      invalid: (failure) => ({ ...failure, error: failure.fieldErrors?.quantity ?? "Please choose an option and a quantity." }),
    },
    async (data, { form }): Promise<ActionState> => {
      try {
        const cartId = await ensureCartId();
        const result = await addItem(cartId, data.variantId, data.quantity);
        const before = result.requested - data.quantity;
        if (result.quantity <= before) {
          return { error: `${result.clamped ?? "No more can be added"} — you already have ${result.quantity} in your cart.` };
        }
        // Off the critical path: counted after the response, and a failure to count is only logged.
        after(() => countFunnelStep("add_to_cart"));
        return { ok: true, message: "Added to cart", error: clampNote(result) };
      } catch (error) {
        return refusal(error, form);
      }
    },
  ),
  CART_NOTICES,
);

export const updateQuantityAction = withKnownMessages(
  publicAction(
    { schema: updateQuantitySchema, invalid: (failure) => ({ ...failure, error: failure.fieldErrors?.quantity ?? failure.error }) },
    async (data, { form }): Promise<ActionState> => {
      const cartId = await currentCartId();
      if (!cartId) return expired;
      // The line the result is about, so the page shows it there (not the quantity: the saved one is shown).
      const values = { lineId: String(data.lineId) };
      try {
        const result = await setQuantity(cartId, data.lineId, data.quantity);
        revalidateEveryLocale("/cart");
        if (result.quantity === 0) return { ok: true, message: "Removed from your cart", values };
        return { ok: true, message: "Quantity updated", error: clampNote(result), values };
      } catch (error) {
        return refusal(error, form);
      }
    },
  ),
  CART_NOTICES,
);

export const removeLineAction = withKnownMessages(
  publicAction({ schema: removeLineSchema }, async (data, { form }): Promise<ActionState> => {
    const cartId = await currentCartId();
    if (!cartId) return expired;
    try {
      await removeLine(cartId, data.lineId);
      revalidateEveryLocale("/cart");
      return { ok: true, message: "Removed from your cart", values: { lineId: String(data.lineId) } };
    } catch (error) {
      return refusal(error, form);
    }
  }),
  CART_NOTICES,
);

/** The cart priced with `code` (the saved coupon when undefined), for this shopper. */
async function quoteWithCoupon(cartId: string, user: SessionUser | null, code?: string | null) {
  const cart = await getCartView(cartId);
  const lines = cart.lines.filter((l) => l.purchasable);
  if (lines.length === 0) return null;
  const shopper = user?.emailVerified ? user.id : null;
  const quote = await quoteCart({
    cartId,
    lines,
    currency: cart.currency,
    userId: shopper,
    email: user?.email ?? null,
    shippings: [null],
    couponCode: code,
  });
  return quote.withoutPoints[0]!;
}

/** `Apply`: the code is saved on the cart only when it applies now; otherwise the shopper reads why (expired, minimum…). */
export const applyCouponAction = withKnownMessages(
  publicAction(
    {
      schema: applyCouponSchema,
      rateLimit: async () => {
        const verdict = await consume("couponAttempt", clientIp(await headers()));
        return verdict.ok ? null : `Too many coupon codes tried in a short time. ${retryIn(verdict.retryAfterSeconds)}`;
      },
    },
    async ({ code }, { form, sessionUser }): Promise<ActionState> => {
      const cartId = await currentCartId();
      const summary = cartId ? await quoteWithCoupon(cartId, await sessionUser(), code) : null;
      if (!cartId || !summary) return { error: "Add something to your cart before applying a coupon.", values: formValues(form) };
      if (summary.couponError) return { error: summary.couponError, fieldErrors: { code: summary.couponError }, values: formValues(form) };
      await setCartCoupon(cartId, code);
      revalidateEveryLocale("/cart");
      return { ok: true, message: `Coupon ${code.toUpperCase()} applied` };
    },
  ),
  CART_NOTICES,
);

export const removeCouponAction = withKnownMessages(
  publicAction({ schema: removeCouponSchema }, async (): Promise<ActionState> => {
    const cartId = await currentCartId();
    if (cartId) await setCartCoupon(cartId, null);
    revalidateEveryLocale("/cart");
    return { ok: true, message: "Coupon removed" };
  }),
  CART_NOTICES,
);
