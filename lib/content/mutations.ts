import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { banners } from "@/db/schema";
import type { BannerInput } from "./schema";

export type BannerResult = { ok: true; id: number } | { ok: false; error: string; notFound?: boolean };

const GONE: BannerResult = { ok: false, error: "That banner no longer exists.", notFound: true };

/** Adds a banner at the end of the home page's order. */
export async function createBanner(input: BannerInput, imageUrl: string): Promise<BannerResult> {
  const [row] = await db
    .insert(banners)
    .values({ ...input, imageUrl, position: sql`(select coalesce(max(${banners.position}), -1) + 1 from ${banners})` })
    .returning({ id: banners.id });
  return { ok: true, id: row!.id };
}

/** Changes a banner; `imageUrl` null keeps its picture. */
export async function updateBanner(id: number, input: BannerInput, imageUrl: string | null): Promise<BannerResult> {
  const [row] = await db
    .update(banners)
    .set({ ...input, ...(imageUrl ? { imageUrl } : {}), updatedAt: sql`now()` })
    .where(eq(banners.id, id))
    .returning({ id: banners.id });
  return row ? { ok: true, id: row.id } : GONE;
}

export async function deleteBanner(id: number): Promise<BannerResult> {
  const [row] = await db.delete(banners).where(eq(banners.id, id)).returning({ id: banners.id });
  return row ? { ok: true, id: row.id } : GONE;
}

/** Swaps a banner with its neighbour; positions are renumbered 0..n-1 in one transaction (the rows locked meanwhile). */
export async function moveBanner(id: number, direction: "up" | "down"): Promise<BannerResult> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ id: banners.id }).from(banners).orderBy(asc(banners.position), asc(banners.id)).for("update");
    const from = rows.findIndex((r) => r.id === id);
    if (from < 0) return GONE;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= rows.length) return { ok: true, id };
    [rows[from], rows[to]] = [rows[to]!, rows[from]!];
    for (const [position, row] of rows.entries()) await tx.update(banners).set({ position }).where(eq(banners.id, row.id));
    return { ok: true, id };
  });
}
