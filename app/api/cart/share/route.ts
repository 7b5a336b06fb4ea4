import { clientIp } from "@/lib/auth/client-ip";
import { currentCartId } from "@/lib/cart/current";
import { consume, tooManyRequests } from "@/lib/rate-limit";
import { createSharedCart } from "@/lib/sharing/mutations";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** POST → { path } of a new shared-cart link snapshotting the caller's cart; 404 when the cart is empty. */
export async function POST(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return new Response(null, { status: 403 });
  const limit = await consume("share", clientIp(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const token = await createSharedCart(await currentCartId());
  if (!token) return Response.json({ error: "Your cart is empty: add items before sharing it." }, { status: 404, headers: PRIVATE });
  return Response.json({ path: `/cart/shared/${token}` }, { status: 201, headers: PRIVATE });
}
