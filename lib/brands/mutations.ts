import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { brands, products } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import type { BrandInput } from "./schema";

export type BrandResult = { ok: true; id: number; slugs: string[] } | { ok: false; error: string; fieldErrors?: Record<string, string> };

const slugTaken = (slug: string): BrandResult => ({
  ok: false,
  error: "Please correct the highlighted fields.",
  fieldErrors: { slug: `Another brand already uses the slug "${slug}". Choose another one.` },
});

/** Product slugs of a brand, to refresh their pages (the brand name shows on them). */
async function productSlugs(tx: Pick<typeof db, "select">, brandId: number): Promise<string[]> {
  const rows = await tx.select({ slug: products.slug }).from(products).where(eq(products.brandId, brandId));
  return rows.map((r) => r.slug);
}

export async function createBrand(input: BrandInput): Promise<BrandResult> {
  try {
    const [row] = await db.insert(brands).values(input).returning({ id: brands.id });
    return { ok: true, id: row!.id, slugs: [] };
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken(input.slug);
    throw e;
  }
}

/** Renames a brand; its products' search text follows by a trigger on brands. */
export async function updateBrand(id: number, input: BrandInput): Promise<BrandResult> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.update(brands).set(input).where(eq(brands.id, id)).returning({ id: brands.id });
      if (!row) return { ok: false as const, error: "This brand no longer exists." };
      return { ok: true as const, id, slugs: await productSlugs(tx, id) };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken(input.slug);
    throw e;
  }
}

/** Deletes a brand; its products stay, without a brand (brand_id is ON DELETE SET NULL). */
export async function deleteBrand(id: number): Promise<BrandResult> {
  return db.transaction(async (tx) => {
    const slugs = await productSlugs(tx, id);
    const [row] = await tx.delete(brands).where(eq(brands.id, id)).returning({ id: brands.id });
    if (!row) return { ok: false as const, error: "This brand no longer exists." };
    return { ok: true as const, id, slugs };
  });
}
