import "server-only";
import { cookies } from "next/headers";
import { COOKIES } from "@/lib/cookie-names";
import { setCookie } from "@/lib/cookies";
import { recordViews } from "./mutations";
import { parseRecentIds, pushRecentId, serializeRecentIds } from "./recent-ids";

const NINETY_DAYS = 90 * 24 * 60 * 60;

/**
 * Records a product view: in the database for a signed-in shopper (folding in,
 * once, what they viewed as a guest on this browser), in a cookie for a guest.
 * Call from a route handler: setting a cookie from a server action would make
 * Next re-render the (cached) page the shopper is looking at.
 */
export async function recordProductView(userId: string | null, productId: number): Promise<void> {
  const jar = await cookies();
  const guestIds = parseRecentIds(jar.get(COOKIES.recentlyViewed)?.value);
  if (userId) {
    await recordViews(userId, pushRecentId(guestIds, productId));
    if (guestIds.length > 0) jar.delete(COOKIES.recentlyViewed);
    return;
  }
  await setCookie(COOKIES.recentlyViewed, serializeRecentIds(pushRecentId(guestIds, productId)), NINETY_DAYS);
}
