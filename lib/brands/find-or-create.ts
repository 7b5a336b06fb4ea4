import "server-only";
import { randomBytes } from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { brands } from "@/db/schema";
import { slugify } from "@/lib/categories/slug";

/** A slug for a new brand: from its name, or a short random one for names with no Latin letters or digits. */
export function brandSlugFor(name: string): string {
  return slugify(name) || `brand-${randomBytes(3).toString("hex")}`;
}

/** The brand of this name or slug (case-insensitive), created when there is none. */
export async function findOrCreateBrand(tx: DbOrTx, name: string): Promise<number> {
  const slug = brandSlugFor(name);
  const [found] = await tx
    .select({ id: brands.id })
    .from(brands)
    .where(or(sql`lower(${brands.name}) = ${name.toLowerCase()}`, eq(brands.slug, slug)))
    .limit(1);
  if (found) return found.id;
  const [created] = await tx.insert(brands).values({ name, slug }).returning({ id: brands.id });
  return created!.id;
}
