import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { guestCartIdFromCookie, setGuestCartCookie } from "./guest-cookie";
import { createGuestCart, getOrCreateUserCart } from "./mutations";
import { findUserCartId } from "./queries";

export { mergeGuestCartAfterSignIn } from "./guest-cookie";

/** This shopper's cart id: the signed-in user's cart, else the guest cart of the signed cookie; null when none. */
export async function currentCartId(): Promise<string | null> {
  const user = await getSessionUser();
  if (user) return findUserCartId(user.id);
  return guestCartIdFromCookie();
}

/** The cart to change, created when missing (for a guest, with its signed cookie). Server actions only. */
export async function ensureCartId(): Promise<string> {
  const user = await getSessionUser();
  if (user) return getOrCreateUserCart(user.id);
  const existing = await guestCartIdFromCookie();
  if (existing) return existing;
  // Setting a cookie makes Next re-render the page in the action's response: only when it is new.
  const created = await createGuestCart();
  await setGuestCartCookie(created);
  return created;
}
