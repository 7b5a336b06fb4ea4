import type { Metadata } from "next";
import type { RawSearchParams } from "@/lib/catalog/listing-params";
import { pageLocale } from "@/lib/i18n/server";
import { CategoryView, categoryMetadata } from "./_components/category-view";

export const dynamic = "force-dynamic";

// Listings without a view key (odd values, many filter values), rendered per request; the rest come from ./v/[view] (proxy.ts).
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, await pageLocale(params));
}

export default async function CategoryPage({ params, searchParams }: Props) {
  return <CategoryView slug={(await params).slug} raw={await searchParams} />;
}
