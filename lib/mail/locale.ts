import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { knownRequestLocale } from "@/lib/i18n/server";
import { storeDefaultLocale } from "@/lib/settings/default-locale";

/**
 * The language to write a message in: the request's that caused it, or the store's default
 * language (a store setting, English unless changed) when there is no request (a background job,
 * a script). Resolve it before after() or a job when the request's language should win.
 */
export async function mailLocale(): Promise<Locale> {
  return (await knownRequestLocale()) ?? (await storeDefaultLocale());
}
