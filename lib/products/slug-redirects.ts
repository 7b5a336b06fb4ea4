import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { productSlugRedirects, products } from "@/db/schema";

/** The current slug of the product that used to live at `slug`, or null. */
export async function findSlugRedirect(slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: products.slug })
    .from(productSlugRedirects)
    .innerJoin(products, eq(products.id, productSlugRedirects.productId))
    .where(eq(productSlugRedirects.slug, slug))
    .limit(1);
  return row && row.slug !== slug ? row.slug : null;
}
