import { recommendForCurrentShopper } from "@/lib/recommendations/shopper";

export const dynamic = "force-dynamic";

/** GET → { products }: "Recommended for you" for this shopper (empty when we know nothing of them), for the home page's island. */
export async function GET() {
  const products = await recommendForCurrentShopper();
  return Response.json({ products }, { headers: { "Cache-Control": "private, no-store" } });
}
