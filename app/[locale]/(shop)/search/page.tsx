import type { Metadata } from "next";
import type { RawSearchParams } from "@/lib/catalog/listing-params";
import { pageLocale } from "@/lib/i18n/server";
import { SearchView, searchMetadata } from "./_components/search-view";

export const dynamic = "force-dynamic";

// Filtered or unusual searches, rendered per request (plain ones come from ./v/[view], see proxy.ts).
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await searchParams, await pageLocale(params));
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView raw={await searchParams} />;
}
