import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "@/db";
import { promotions } from "@/db/schema";
import { localizedText } from "@/lib/catalog/localize";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Promotions' names in `locale` by id (the merchant's 简体中文 name, else the default name); empty for the default language. */
export async function promotionNamesIn(locale: Locale, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (locale === DEFAULT_LOCALE || wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: promotions.id, name: promotions.name, translations: promotions.translations })
    .from(promotions)
    .where(inArray(promotions.id, wanted));
  return new Map(rows.map((r) => [r.id, localizedText(r.name, r.translations, locale, "name")]));
}
