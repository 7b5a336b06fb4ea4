import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { storeSettings } from "@/db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/** How long a read of the store's default language is reused by this process (proxy.ts asks on first visits to `/`). */
export const DEFAULT_LOCALE_TTL_MS = 30_000;

type Held = { locale: Promise<Locale>; until: number };
// On globalThis: proxy.ts and the server actions are bundled apart but run in one process, so a save forgets it for both.
const holder = globalThis as unknown as { __mercatoStoreDefaultLocale?: Held };

async function readDefaultLocale(): Promise<Locale> {
  const [row] = await db.select({ locale: storeSettings.defaultLocale }).from(storeSettings).where(eq(storeSettings.id, 1)).limit(1);
  return isLocale(row?.locale) ? row.locale : DEFAULT_LOCALE;
}

/**
 * The store's default language (the back office's setting, English until one is saved), read at most
 * once per DEFAULT_LOCALE_TTL_MS by this process and shared by concurrent callers. A failed read
 * answers English for that while rather than failing the page.
 */
export function storeDefaultLocale(now = Date.now()): Promise<Locale> {
  const held = holder.__mercatoStoreDefaultLocale;
  if (held && held.until > now) return held.locale;
  const locale = readDefaultLocale().catch((error: unknown) => {
    console.error("[settings] could not read the store's default language", error);
    return DEFAULT_LOCALE;
  });
  holder.__mercatoStoreDefaultLocale = { locale, until: now + DEFAULT_LOCALE_TTL_MS };
  return locale;
}

/** Drops the held value, so the next caller reads the saved setting (after `Save settings`). */
export function forgetStoreDefaultLocale(): void {
  delete holder.__mercatoStoreDefaultLocale;
}
