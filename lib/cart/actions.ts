"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { publicAction } from "@/lib/actions";
import { countFunnelStep } from "@/lib/analytics/mutations";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { currentCartId, ensureCartId } from "./current";
import { addItem, CartError, removeLine, setQuantity, type QuantityResult } from "./mutations";
import { addToCartSchema, removeLineSchema, updateQuantitySchema } from "./schema";

const expired: ActionState = { error: "Your cart has expired. Please add the items again." };

/** A CartError becomes a message for the shopper; anything else is a real failure and is thrown. */
function refusal(error: unknown, form: FormData): ActionState {
  if (error instanceof CartError) return { error: error.message, values: formValues(form) };
  throw error;
}

const clampNote = (r: QuantityResult) => (r.clamped ? `${r.clamped} — quantity set to ${r.quantity}` : undefined);

/** Guests and signed-in shoppers alike; the cart (and a guest's cookie) is created on first add. */
export const addToCartAction = publicAction(
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
);

export const updateQuantityAction = publicAction(
  { schema: updateQuantitySchema, invalid: (failure) => ({ ...failure, error: failure.fieldErrors?.quantity ?? failure.error }) },
  async (data, { form }): Promise<ActionState> => {
    const cartId = await currentCartId();
    if (!cartId) return expired;
    // The line the result is about, so the page shows it there (not the quantity: the saved one is shown).
    const values = { lineId: String(data.lineId) };
    try {
      const result = await setQuantity(cartId, data.lineId, data.quantity);
      revalidatePath("/cart");
      if (result.quantity === 0) return { ok: true, message: "Removed from your cart", values };
      return { ok: true, message: "Quantity updated", error: clampNote(result), values };
    } catch (error) {
      return refusal(error, form);
    }
  },
);

export const removeLineAction = publicAction({ schema: removeLineSchema }, async (data, { form }): Promise<ActionState> => {
  const cartId = await currentCartId();
  if (!cartId) return expired;
  try {
    await removeLine(cartId, data.lineId);
    revalidatePath("/cart");
    return { ok: true, message: "Removed from your cart", values: { lineId: String(data.lineId) } };
  } catch (error) {
    return refusal(error, form);
  }
});
