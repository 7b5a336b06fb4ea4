import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, type Locale, localizePath } from "@/lib/i18n/locales";

/**
 * A page's canonical address in `locale` and its address in every language (hreflang), with the
 * default language's as x-default: "/c/tea" in zh-CN → canonical "/zh-CN/c/tea", en "/c/tea",
 * zh-CN "/zh-CN/c/tea", x-default "/c/tea". Relative: Next resolves them against metadataBase.
 */
export function languageAlternates(path: string, locale: Locale): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = localizePath(path, l);
  languages["x-default"] = localizePath(path, DEFAULT_LOCALE);
  return { canonical: localizePath(path, locale), languages };
}
