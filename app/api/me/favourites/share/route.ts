import { clientIp } from "@/lib/auth/client-ip";
import { getSessionUser } from "@/lib/auth/session";
import { consume, tooManyRequests } from "@/lib/rate-limit";
import { createSharedFavourites } from "@/lib/sharing/mutations";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** POST → { path } of a new read-only link to the signed-in shopper's favourites; 401 signed out, 404 with none. */
export async function POST(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return new Response(null, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to share your favourites." }, { status: 401, headers: PRIVATE });
  const limit = await consume("share", clientIp(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const token = await createSharedFavourites(user.id);
  if (!token) return Response.json({ error: "You have no favourites to share yet." }, { status: 404, headers: PRIVATE });
  return Response.json({ path: `/favourites/shared/${token}` }, { status: 201, headers: PRIVATE });
}
