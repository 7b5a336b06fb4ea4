import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { HeaderAccount } from "@/components/layout/header-account";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { HeaderSearch } from "@/components/search/header-search";
import { getCachedCategoryTree } from "@/lib/catalog/cached";
import { storeName } from "@/lib/settings/store";

export async function SiteHeader() {
  const [tree, name, t] = await Promise.all([requestLocale().then(getCachedCategoryTree), storeName(), getTranslations("layout")]);
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight">
          {name}
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <HeaderSearch />
        </div>
        <nav aria-label={t("header.accountNav")} className="ml-auto flex items-center gap-4 text-sm font-medium sm:ml-0">
          <HeaderAccount />
        </nav>
        <LanguageSwitch />
      </div>
      <nav aria-label={t("header.categoriesNav")} className="border-t border-zinc-100">
        <ul className="mx-auto flex max-w-7xl gap-5 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap text-zinc-700">
          {tree.map((c) => (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} className="hover:text-zinc-950 hover:underline">
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
