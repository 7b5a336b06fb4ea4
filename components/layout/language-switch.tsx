"use client";

import { useLocale, useTranslations } from "next-intl";
import { isLocale, LOCALE_COOKIE, LOCALE_NAMES, LOCALES, localizePath } from "@/lib/i18n/locales";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * `Language`: the same page in the chosen language. The choice is remembered (cookie), so `/`
 * opens in it next time; every other address keeps its own language.
 */
export function LanguageSwitch({ className = "" }: { className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const pathname = usePathname();
  function choose(next: string) {
    if (!isLocale(next) || next === locale) return;
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
    window.location.assign(localizePath(`${pathname}${window.location.search}`, next));
  }
  return (
    <select
      aria-label={t("language")}
      value={locale}
      onChange={(e) => choose(e.target.value)}
      className={`rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm ${className}`}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
