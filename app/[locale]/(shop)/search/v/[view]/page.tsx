import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseViewKey } from "@/lib/catalog/listing-view-key";
import { SearchView, searchMetadata } from "../../_components/search-view";
import { pageLocale } from "@/lib/i18n/server";

// Plain, short searches as cached HTML, regenerated like product pages; proxy.ts sends them here.
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const raw = parseViewKey((await params).view, "search");
  return raw ? searchMetadata(raw, locale) : {};
}

export default async function CachedSearchPage({ params }: Props) {
  await pageLocale(params);
  const raw = parseViewKey((await params).view, "search");
  if (!raw) notFound();
  return <SearchView raw={raw} />;
}
