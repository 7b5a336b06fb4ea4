import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { productSlugRedirects, products } from "@/db/schema";

/** The current slug of the active product that used to live at `slug`, or null (a draft's or archived one's new slug is not told). */
export async function findSlugRedirect(slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: products.slug })
    .from(productSlugRedirects)
    .innerJoin(products, eq(products.id, productSlugRedirects.productId))
    .where(and(eq(productSlugRedirects.slug, slug), eq(products.status, "active")))
    .limit(1);
  return row && row.slug !== slug ? row.slug : null;
}
