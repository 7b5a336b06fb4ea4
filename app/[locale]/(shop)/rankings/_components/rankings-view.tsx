import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCachedCategoryTree } from "@/lib/catalog/cached";
import { descendantIds, findCategory } from "@/lib/catalog/category-tree";
import { getCachedRanking } from "@/lib/rankings/cached";
import type { Locale } from "@/lib/i18n/locales";
import { RANKING_LISTS } from "@/lib/rankings/lists";
import { languageAlternates } from "@/lib/seo/alternates";
import { RankingSection } from "./ranking-section";

async function loadChoice(slug: string | null) {
  const tree = await getCachedCategoryTree(await requestLocale());
  if (slug === null) return { tree, category: null };
  const category = findCategory(tree, slug);
  return category ? { tree, category } : null;
}

export async function rankingsMetadata(slug: string | null, locale: Locale): Promise<Metadata> {
  const [choice, t] = await Promise.all([loadChoice(slug), getTranslations({ locale, namespace: "rankings" })]);
  if (!choice) return { title: t("title") };
  const name = choice.category?.name;
  return {
    title: name ? t("categoryTitle", { name }) : t("title"),
    description: name ? t("categoryDescription", { name }) : t("description"),
    alternates: languageAlternates(choice.category ? `/rankings?category=${choice.category.slug}` : "/rankings", locale),
  };
}

/** /rankings for all categories (slug null) or one category and its subcategories. */
export async function RankingsView({ slug }: { slug: string | null }) {
  const choice = await loadChoice(slug);
  if (!choice) notFound();
  const { tree, category } = choice;
  const ids = category ? descendantIds(category) : null;
  const locale = await requestLocale();
  const [lists, t] = await Promise.all([
    Promise.all(RANKING_LISTS.map((list) => getCachedRanking(list, ids, locale))),
    getTranslations("rankings"),
  ]);
  const linkClass = "rounded-full border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100";
  const current = "rounded-full bg-zinc-900 px-3 py-1 text-sm text-white";

  return (
    <>
      <Breadcrumbs
        items={[
          { name: t("home"), href: "/" },
          { name: t("title"), href: "/rankings" },
          ...(category ? [{ name: category.name, href: `/rankings?category=${category.slug}` }] : []),
        ]}
      />
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{category ? t("categoryTitle", { name: category.name }) : t("title")}</h1>
        <p className="mt-1 text-zinc-600">{t("intro")}</p>
      </header>
      <nav aria-label={t("byCategory")} className="mb-8">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/rankings" className={category ? linkClass : current} aria-current={category ? undefined : "page"}>
              {t("allCategories")}
            </Link>
          </li>
          {tree.map((c) => (
            <li key={c.id}>
              <Link
                href={`/rankings?category=${c.slug}`}
                className={category?.id === c.id ? current : linkClass}
                aria-current={category?.id === c.id ? "page" : undefined}
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
        {RANKING_LISTS.map((list, i) => (
          <RankingSection key={list} list={list} items={lists[i]!} />
        ))}
      </div>
    </>
  );
}
