import "server-only";
import { SECOND_LOCALE } from "@/lib/i18n/content";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands } from "@/db/schema";

/** `zhName`: the name in Chinese, "" when not translated. */
export type AdminBrand = { id: number; slug: string; name: string; zhName: string; productCount: number };

const columns = {
  id: brands.id,
  slug: brands.slug,
  name: brands.name,
  zhName: sql<string>`coalesce(${brands.translations} -> ${SECOND_LOCALE}::text ->> 'name', '')`,
  productCount: sql<number>`(select count(*) from products p where p.brand_id = "brands"."id")::int`,
};

export async function listBrandsForAdmin(): Promise<AdminBrand[]> {
  return db
    .select(columns)
    .from(brands)
    .orderBy(asc(sql`lower(${brands.name})`), asc(brands.id));
}

export async function getBrandForAdmin(id: number): Promise<AdminBrand | null> {
  const [row] = await db.select(columns).from(brands).where(eq(brands.id, id));
  return row ?? null;
}
