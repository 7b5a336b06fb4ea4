import type { Locale } from "./locales";

/**
 * The language of the back office's second set of fields ("Title (简体中文)"): the
 * store's default language has the main fields. A third language would get its own
 * set (see db/schema/translations.ts: the column is keyed by locale).
 */
export const SECOND_LOCALE = "zh-CN" satisfies Locale;

/** A row's `translations` from its second-language fields: only those filled in (trimmed); `{}` when none is. */
export function secondLanguage<F extends Record<string, string | undefined>>(
  fields: F,
): { [SECOND_LOCALE]?: Partial<Record<keyof F, string>> } {
  const filled = Object.entries(fields)
    .map(([k, v]) => [k, v?.trim() ?? ""] as const)
    .filter(([, v]) => v !== "");
  return filled.length ? { [SECOND_LOCALE]: Object.fromEntries(filled) as Partial<Record<keyof F, string>> } : {};
}

/** A text field of the second language as the form shows it ("" when not translated). */
export function secondLanguageField(translations: { [locale: string]: object | undefined } | null | undefined, field: string): string {
  const value = (translations?.[SECOND_LOCALE] as Record<string, unknown> | undefined)?.[field];
  return typeof value === "string" ? value : "";
}
