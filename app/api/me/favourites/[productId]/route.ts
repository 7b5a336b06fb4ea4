import { getSessionUser } from "@/lib/auth/session";
import { isFavourite } from "@/lib/shopper-lists/queries";
import { productIdSchema } from "@/lib/shopper-lists/schema";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** GET → { signedIn, favourite }: what the product page's favourites toggle shows for this shopper. */
export async function GET(_request: Request, { params }: { params: Promise<{ productId: string }> }) {
  const productId = productIdSchema.safeParse((await params).productId);
  if (!productId.success) return Response.json({ error: "Unknown product" }, { status: 404, headers: PRIVATE });
  const user = await getSessionUser();
  const favourite = user ? await isFavourite(user.id, productId.data) : false;
  return Response.json({ signedIn: !!user, favourite }, { headers: PRIVATE });
}
