import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SafeMarkdown } from "@/components/content/safe-markdown";
import { getStorePageForShoppers } from "@/lib/content/pages/cached";
import { isStorePageSlug } from "@/lib/content/pages/slugs";
import { pageLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Cached HTML like product pages: rendered on the first visit, refreshed after a minute, and at once when the page
// (TAGS.storePages, its path) or the settings its text is worded from (TAGS.settings, every path) are saved.
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

async function pageFor(params: Props["params"]) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  // Only the six known pages are read (and cached); any other address is a 404.
  return isStorePageSlug(slug) ? getStorePageForShoppers(slug, locale) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const page = await pageFor(params);
  if (!page) return { title: "Page not found" };
  return { title: page.title, alternates: { canonical: `/pages/${page.slug}` } };
}

export default async function StorePage({ params }: Props) {
  await pageLocale(params);
  const page = await pageFor(params);
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
