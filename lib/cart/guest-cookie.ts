import "server-only";
import { cookies } from "next/headers";
import { COOKIES } from "@/lib/cookie-names";
import { setCookie } from "@/lib/cookies";
import { signValue, verifySignedValue } from "@/lib/signed-value";
import { mergeCarts } from "./mutations";
import { findGuestCartId } from "./queries";

const PURPOSE = "cart";
const THIRTY_DAYS = 30 * 24 * 60 * 60;

/** The guest cart named by the signed cookie, when it is valid and the cart still exists. */
export async function guestCartIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  return findGuestCartId(verifySignedValue(PURPOSE, jar.get(COOKIES.cart)?.value));
}

/** Only in a server action or route handler. */
export async function setGuestCartCookie(cartId: string): Promise<void> {
  await setCookie(COOKIES.cart, signValue(PURPOSE, cartId), THIRTY_DAYS);
}

/**
 * Moves the guest cart of this browser into the user's cart and forgets the
 * cookie. Called at sign-in (NextAuth's signIn event, which runs inside the
 * server action or route handler that signs in, so cookies() works there).
 */
export async function mergeGuestCartAfterSignIn(userId: string): Promise<void> {
  const jar = await cookies();
  if (!jar.has(COOKIES.cart)) return;
  const guest = await guestCartIdFromCookie();
  if (guest) await mergeCarts(guest, userId);
  jar.delete(COOKIES.cart);
}
