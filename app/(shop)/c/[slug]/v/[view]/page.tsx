import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseViewKey } from "@/lib/catalog/listing-view-key";
import { CategoryView, categoryMetadata } from "../../_components/category-view";

// Listings with a view key (sort, page and the usual filters) as cached HTML, regenerated like product pages; proxy.ts sends them here.
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug);
}

export default async function CachedCategoryPage({ params }: Props) {
  const { slug, view } = await params;
  const raw = parseViewKey(view, "category");
  if (!raw) notFound();
  return <CategoryView slug={slug} raw={raw} />;
}
