import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { storePages } from "@/db/schema";
import type { StorePageInput } from "./schema";

/** Saves a page's title and text (one row per slug, created on first save). */
export async function saveStorePage({ slug, title, body, translations }: StorePageInput, actorId: string | null): Promise<void> {
  await db
    .insert(storePages)
    .values({ slug, title, body, translations, updatedBy: actorId })
    .onConflictDoUpdate({ target: storePages.slug, set: { title, body, translations, updatedBy: actorId, updatedAt: sql`now()` } });
}
