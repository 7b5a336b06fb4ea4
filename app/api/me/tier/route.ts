import { db } from "@/db";
import { getSessionUser } from "@/lib/auth/session";
import type { MemberPriceResponse } from "@/lib/loyalty/member-price";
import { getShopperTier } from "@/lib/loyalty/queries";

export const dynamic = "force-dynamic";

/** GET → { tier: { name, percentOff } | null }: the member tier whose price the (cached) product page shows this shopper. */
export async function GET() {
  const user = await getSessionUser();
  const tier = user ? (await getShopperTier(db, user.id)).tier : null;
  const body: MemberPriceResponse = { tier: tier && tier.percentOff > 0 ? { name: tier.name, percentOff: tier.percentOff } : null };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
