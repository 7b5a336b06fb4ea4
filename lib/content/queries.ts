import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { banners, type BannerRow } from "@/db/schema";

/** Every banner, in home-page order, for the back office. */
export async function listBanners(): Promise<BannerRow[]> {
  return db.select().from(banners).orderBy(asc(banners.position), asc(banners.id));
}

export async function getBanner(id: number): Promise<BannerRow | null> {
  const [row] = await db.select().from(banners).where(eq(banners.id, id)).limit(1);
  return row ?? null;
}
