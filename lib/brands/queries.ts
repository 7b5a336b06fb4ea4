import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands } from "@/db/schema";

export type AdminBrand = { id: number; slug: string; name: string; productCount: number };

const columns = {
  id: brands.id,
  slug: brands.slug,
  name: brands.name,
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
