import { after } from "next/server";
import { z } from "zod";
import { countFunnelStep } from "@/lib/analytics/mutations";
import { getSessionUser } from "@/lib/auth/session";
import { recordProductView } from "@/lib/shopper-lists/guest-history";
import { productIdSchema } from "@/lib/shopper-lists/schema";

const body = z.object({ productId: productIdSchema });

/**
 * POST { productId } from the product page (cached HTML, so views are counted here): adds it to the
 * shopper's recently viewed products and counts a product view for the dashboard once the response is sent.
 */
export async function POST(request: Request) {
  // Only this shop's own pages may write a shopper's history.
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return new Response(null, { status: 403 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Expected { productId }" }, { status: 400 });
  after(() => countFunnelStep("product_view"));
  const user = await getSessionUser();
  await recordProductView(user?.id ?? null, parsed.data.productId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
}
