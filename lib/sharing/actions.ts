"use server";

import { publicAction } from "@/lib/actions";
import { ensureCartId } from "@/lib/cart/current";
import type { ActionState } from "@/lib/forms/action-state";
import { addSharedCartToCart } from "./mutations";
import { addSharedCartSchema } from "./schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";

/** `Add to my cart` on a shared cart: the same items into the visitor's own cart, each clamped to stock. */
export const addSharedCartAction = publicAction({ schema: addSharedCartSchema }, async (data): Promise<ActionState> => {
  const cartId = await ensureCartId();
  const result = await addSharedCartToCart(cartId, data.token);
  if (!result) return { error: "This shared cart has expired. Ask for a new link." };
  revalidateEveryLocale("/cart");
  const notes = result.notes.length ? result.notes.join(". ") : undefined;
  if (result.added === 0) return { error: notes ?? "None of these items can be added now." };
  const items = result.added === 1 ? "1 item" : `${result.added} items`;
  return { ok: true, message: `Added ${items} to your cart`, error: notes };
});
