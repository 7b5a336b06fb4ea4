import type { MeResponse } from "@/lib/accounts/types";
import { getSessionUser } from "@/lib/auth/session";
import { currentCartId } from "@/lib/cart/current";
import { getCartCount } from "@/lib/cart/queries";

export const dynamic = "force-dynamic";

/** Who is shopping and how many items their cart holds: for the header island of cached pages. */
export async function GET() {
  const user = await getSessionUser();
  const body: MeResponse = {
    user: user ? { name: user.name || user.email } : null,
    cartCount: await getCartCount(await currentCartId()),
  };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
