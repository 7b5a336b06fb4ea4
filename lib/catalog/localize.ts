import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { Translations } from "@/db/schema/translations";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * A translated field for `locale`, or undefined when the default language is asked
 * for or the field was left empty (the caller then shows the row's own value).
 */
export function translation<F, K extends keyof F>(
  translations: Translations<F> | null | undefined,
  locale: Locale,
  field: K,
): F[K] | undefined {
  if (locale === DEFAULT_LOCALE) return undefined;
  const value = translations?.[locale]?.[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && !value.trim()) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value as F[K];
}

/** A text field in `locale`, falling back to the default language's. */
export function localizedText<F>(
  base: string,
  translations: Translations<F> | null | undefined,
  locale: Locale,
  field: keyof F & string,
): string {
  const value = translation(translations, locale, field);
  return typeof value === "string" ? value : base;
}

/**
 * The SQL for a text column in `locale`: `translations->'zh-CN'->>'title'` when
 * filled in, else the column itself. Locale and field are inlined (checked, never
 * typed by a visitor) so the same expression can appear in GROUP BY.
 */
export function localizedColumn(column: AnyColumn, translations: AnyColumn, locale: Locale, field: string): SQL<string> {
  if (locale === DEFAULT_LOCALE) return sql<string>`${column}`;
  if (!isLocale(locale) || !/^[a-zA-Z]+$/.test(field)) throw new Error(`Not a translatable field: ${locale}/${field}`);
  return sql<string>`coalesce(nullif(${translations} -> ${sql.raw(`'${locale}'`)} ->> ${sql.raw(`'${field}'`)}, ''), ${column})`;
}
