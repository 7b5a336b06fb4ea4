import "server-only";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale, LOCALES, localizePath, splitLocalePath } from "./locales";

/** The language of this request: the page's, or for a server action the one proxy.ts read from its address. */
export async function requestLocale(): Promise<Locale> {
  // Outside a request (a job, a script, a unit test calling an action): the default language.
  return (await knownRequestLocale()) ?? DEFAULT_LOCALE;
}

/** The language of this request, or null outside one (a job, a script), where next-intl knows none. */
export async function knownRequestLocale(): Promise<Locale | null> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : DEFAULT_LOCALE;
  } catch {
    return null;
  }
}

/** `path` in this request's language, for redirect(): "/orders/7" from a Chinese page → "/zh-CN/orders/7". */
export async function localized(path: string): Promise<string> {
  return localizePath(path, await requestLocale());
}

/**
 * revalidatePath for an address in every language. A concrete address ("/orders/7") is served by
 * /en/orders/7 and /zh-CN/orders/7 (app/[locale]), each cached on its own; with a type ("layout",
 * "page") the path is a route pattern, and one pattern under /[locale] covers both languages
 * ("/", "layout" → every page).
 */
export function revalidateEveryLocale(path: string, type?: "page" | "layout"): void {
  const bare = splitLocalePath(path).path; // "/zh-CN/p/x" from a machine client is the same page
  const suffix = bare === "/" ? "" : bare;
  if (type) revalidatePath(`/[locale]${suffix}`, type);
  else for (const locale of LOCALES) revalidatePath(`/${locale}${suffix}`);
}

/**
 * The language of a page or layout from its [locale] segment, registered with next-intl so
 * cached pages stay static (no request headers read). Call it first in every cached page.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
