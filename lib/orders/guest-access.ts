import "server-only";
import { cookies } from "next/headers";
import { COOKIES } from "@/lib/cookie-names";
import { setCookie } from "@/lib/cookies";
import { signValue, verifySignedValue } from "@/lib/signed-value";

const PURPOSE = "orders";
const KEEP = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Order ids this browser may open without an account (signed, so they cannot be forged). */
export async function readGuestOrderIds(): Promise<string[]> {
  const jar = await cookies();
  const value = verifySignedValue(PURPOSE, jar.get(COOKIES.guestOrders)?.value);
  return value ? value.split(",").filter((id) => UUID.test(id)) : [];
}

/** Adds an order to the browser's signed list (newest first, at most 20). Only in actions and route handlers. */
export async function rememberGuestOrder(orderId: string): Promise<void> {
  const ids = [orderId, ...(await readGuestOrderIds()).filter((id) => id !== orderId)].slice(0, KEEP);
  await setCookie(COOKIES.guestOrders, signValue(PURPOSE, ids.join(",")), 60 * 60 * 24 * 180);
}
