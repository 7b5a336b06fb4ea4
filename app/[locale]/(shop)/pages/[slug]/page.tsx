import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SafeMarkdown } from "@/components/content/safe-markdown";
import { getStorePageForShoppers } from "@/lib/content/pages/cached";
import { isStorePageSlug, STORE_PAGE_TITLES } from "@/lib/content/pages/slugs";
import type { Locale } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/seo/alternates";
import { pageLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Cached HTML like product pages: rendered on the first visit, refreshed after a minute, and at once when the page
// (TAGS.storePages, its path) or the settings its text is worded from (TAGS.settings, every path) are saved.
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

async function pageFor(params: Props["params"], locale: Locale) {
  const { slug } = await params;
  // Only the six known pages are read (and cached); any other address is a 404.
  if (!isStorePageSlug(slug)) return null;
  const [page, t] = await Promise.all([getStorePageForShoppers(slug, locale), getTranslations({ locale, namespace: "storePages" })]);
  // A title the merchant never changed is the default one, worded in the page's language.
  return page && { ...page, title: page.title === STORE_PAGE_TITLES[slug] ? t(`titles.${slug}`) : page.title };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const page = await pageFor(params, locale);
  if (!page) return { title: (await getTranslations({ locale, namespace: "storePages" }))("notFound") };
  return { title: page.title, alternates: languageAlternates(`/pages/${page.slug}`, locale) };
}

export default async function StorePage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = await pageFor(params, locale);
  if (!page) notFound();
  return (
    <article aria-labelledby="page-heading" className="mx-auto max-w-3xl py-4">
      <h1 id="page-heading" className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">
        {page.title}
      </h1>
      <SafeMarkdown>{page.markdown}</SafeMarkdown>
    </article>
  );
}
