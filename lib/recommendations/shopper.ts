import "server-only";
import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { currentCartId } from "@/lib/cart/current";
import type { ProductCard } from "@/lib/catalog/types";
import { COOKIES } from "@/lib/cookie-names";
import { parseRecentIds } from "@/lib/shopper-lists/recent-ids";
import { forYou } from "./queries";
import { hasSignals } from "./rules";
import { readSignals } from "./signals";

/** Cards in "Recommended for you". */
export const RECOMMENDED_FOR_YOU = 8;

/**
 * "Recommended for you" for whoever is asking (session, guest cookies): empty when we know nothing of
 * them yet — a first-time guest sees the home page's best sellers and new arrivals instead, not the same
 * best sellers again under a heading that would claim to know them.
 */
export async function recommendForCurrentShopper(limit = RECOMMENDED_FOR_YOU): Promise<ProductCard[]> {
  const [user, jar, cartId] = await Promise.all([getSessionUser(), cookies(), currentCartId()]);
  const guestViewed = parseRecentIds(jar.get(COOKIES.recentlyViewed)?.value);
  const signals = await readSignals(user?.id ?? null, cartId, guestViewed);
  return hasSignals(signals) ? forYou(signals, limit) : [];
}
