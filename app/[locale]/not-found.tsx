import { getLocale, getTranslations } from "next-intl/server";
import { type Locale, localizePath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("common.notFound"), getLocale()]);
  return (
    <main className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center gap-4 px-4 py-24 text-center">
      <p className="text-sm font-semibold text-zinc-500">404</p>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-zinc-600">{t("body")}</p>
      <form action={localizePath("/search", locale as Locale)} method="get" role="search" className="flex w-full max-w-sm gap-2">
        <input
          type="search"
          name="q"
          aria-label={t("search")}
          placeholder={t("searchPlaceholder")}
          className="flex-1 rounded-full border border-zinc-300 px-4 py-2"
        />
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
          {t("search")}
        </button>
      </form>
      <Link href="/" className="text-sm underline">
        {t("home")}
      </Link>
    </main>
  );
}
