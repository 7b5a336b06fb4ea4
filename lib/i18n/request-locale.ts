import "server-only";
import { DEFAULT_LOCALE, type Locale, localizePath } from "./locales";
import { requestLocale } from "./server";

/**
 * The request's language, or English where there is no request whose language next-intl knows
 * (a background job, a script, a unit test calling an action directly).
 */
export async function requestLocaleOrDefault(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** `path` in the request's language when there is one (see requestLocaleOrDefault). */
export async function localizedOrAsIs(path: string): Promise<string> {
  return localizePath(path, await requestLocaleOrDefault());
}
