import "server-only";
import { secondLanguageField } from "@/lib/i18n/content";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/catalog/localize";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storePages } from "@/db/schema";
import type { SavedStorePage } from "./resolve";
import type { StorePageSlug } from "./slugs";

/** A page's saved title and text in `locale` (each falling back to the default language's), or null when it was never saved. */
export async function readStorePage(slug: StorePageSlug, locale: Locale = DEFAULT_LOCALE): Promise<SavedStorePage> {
  const [row] = await db
    .select({ title: storePages.title, body: storePages.body, translations: storePages.translations })
    .from(storePages)
    .where(eq(storePages.slug, slug))
    .limit(1);
  if (!row) return null;
  return {
    title: localizedText(row.title, row.translations, locale, "title"),
    body: localizedText(row.body, row.translations, locale, "body"),
  };
}

/** A saved page's Chinese title and text for the editor ("" when not translated). */
export async function readStorePageSecondLanguage(slug: StorePageSlug): Promise<{ zhTitle: string; zhBody: string }> {
  const [row] = await db.select({ translations: storePages.translations }).from(storePages).where(eq(storePages.slug, slug)).limit(1);
  return { zhTitle: secondLanguageField(row?.translations, "title"), zhBody: secondLanguageField(row?.translations, "body") };
}

/** Every saved page with when it was last saved, for the back office's list. */
export async function listSavedStorePages() {
  return db
    .select({
      slug: storePages.slug,
      title: storePages.title,
      body: storePages.body,
      translations: storePages.translations,
      updatedAt: storePages.updatedAt,
    })
    .from(storePages);
}
