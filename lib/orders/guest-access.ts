import "server-only";
import { cookies } from "next/headers";
import { COOKIES } from "@/lib/cookie-names";
import { setCookie } from "@/lib/cookies";
import { signValue, verifySignedValue } from "@/lib/signed-value";

const PURPOSE = "orders";
const KEEP = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// An entry `f:<id>` may change the order (this browser placed it, or opened the
// order e-mail's link); a plain `<id>` (found through /track) may only see it.
const FULL = "f:";

/**
 * `full`: this browser placed the order or opened the link of its e-mail, so it
 * may cancel, confirm, ask for a refund and pay; `view`: it proved number and
 * e-mail on /track, which only shows the order.
 */
export type GuestAccess = "full" | "view";
export type GuestOrders = { ids: string[]; fullIds: string[] };

function parse(value: string | null): { id: string; full: boolean }[] {
  if (!value) return [];
  return value
    .split(",")
    .map((entry) => (entry.startsWith(FULL) ? { id: entry.slice(FULL.length), full: true } : { id: entry, full: false }))
    .filter((e) => UUID.test(e.id));
}

async function readEntries() {
  const jar = await cookies();
  return parse(verifySignedValue(PURPOSE, jar.get(COOKIES.guestOrders)?.value));
}

/** Orders this browser may open without an account, and those it may also change (signed, so they cannot be forged). */
export async function readGuestOrders(): Promise<GuestOrders> {
  const entries = await readEntries();
  return { ids: entries.map((e) => e.id), fullIds: entries.filter((e) => e.full).map((e) => e.id) };
}

/** Adds an order to the browser's signed list (newest first, at most 20); never lowers full access. Only in actions and route handlers. */
export async function rememberGuestOrder(orderId: string, access: GuestAccess): Promise<void> {
  const entries = await readEntries();
  const full = access === "full" || entries.some((e) => e.id === orderId && e.full);
  const next = [{ id: orderId, full }, ...entries.filter((e) => e.id !== orderId)].slice(0, KEEP);
  await setCookie(
    COOKIES.guestOrders,
    signValue(PURPOSE, next.map((e) => (e.full ? `${FULL}${e.id}` : e.id)).join(",")),
    60 * 60 * 24 * 180,
  );
}
