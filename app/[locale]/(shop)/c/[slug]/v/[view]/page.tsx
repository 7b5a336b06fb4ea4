import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseViewKey } from "@/lib/catalog/listing-view-key";
import { CategoryView, categoryMetadata } from "../../_components/category-view";
import { pageLocale } from "@/lib/i18n/server";

// Listings with a view key (sort, page and the usual filters) as cached HTML, regenerated like product pages; proxy.ts sends them here.
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return categoryMetadata((await params).slug, locale);
}

export default async function CachedCategoryPage({ params }: Props) {
  await pageLocale(params);
  const { slug, view } = await params;
  const raw = parseViewKey(view, "category");
  if (!raw) notFound();
  return <CategoryView slug={slug} raw={raw} />;
}
