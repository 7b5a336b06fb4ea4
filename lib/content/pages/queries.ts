import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storePages } from "@/db/schema";
import type { SavedStorePage } from "./resolve";
import type { StorePageSlug } from "./slugs";

/** A page's saved title and text, or null when it was never saved. */
export async function readStorePage(slug: StorePageSlug): Promise<SavedStorePage> {
  const [row] = await db
    .select({ title: storePages.title, body: storePages.body })
    .from(storePages)
    .where(eq(storePages.slug, slug))
    .limit(1);
  return row ?? null;
}

/** Every saved page with when it was last saved, for the back office's list. */
export async function listSavedStorePages(): Promise<{ slug: StorePageSlug; title: string; body: string; updatedAt: Date }[]> {
  return db
    .select({ slug: storePages.slug, title: storePages.title, body: storePages.body, updatedAt: storePages.updatedAt })
    .from(storePages);
}
