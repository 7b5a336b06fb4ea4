/**
 * The shop's languages. English is the default and has no prefix in addresses
 * (/c/tea); every other language lives under its own prefix (/zh-CN/c/tea), so
 * each page has one address per language and both are cached as HTML.
 * Adding a language: add it here with its name, add messages/<locale>/ with
 * every file of messages/en/, and `npm test` checks the rest.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language by its own name, as the Language control lists it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

/** The cookie that remembers the shopper's choice of language (set by the Language control). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale whose prefix starts `pathname`, and the rest of the path: "/zh-CN/c/tea" → zh-CN, "/c/tea". */
export function splitLocalePath(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)) {
      return { locale, path: pathname.slice(locale.length + 1) || "/", prefixed: true };
    }
  }
  return { locale: DEFAULT_LOCALE, path: pathname, prefixed: false };
}

/** The address of `path` ("/c/tea", "/") in `locale`: unprefixed for the default language; other addresses (absolute, already prefixed) as they are. */
export function localizePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/") || path.startsWith("//") || splitLocalePath(path.split(/[?#]/)[0]!).prefixed)
    return path;
  return path === "/" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The best of our languages for an Accept-Language header, or null when it names none of them. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-cn") || tag.startsWith("zh-hans") || tag === "zh-sg") return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return null;
}

/**
 * The language a visit to `/` asks for itself: the one the shopper chose (the `NEXT_LOCALE`
 * cookie), else the browser's first of ours (Accept-Language); null when neither decides, and
 * `/` then opens in the store's default language (a store setting; proxy.ts).
 */
export function requestedLocale(cookie: string | undefined, acceptLanguage: string | null): Locale | null {
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage);
}
