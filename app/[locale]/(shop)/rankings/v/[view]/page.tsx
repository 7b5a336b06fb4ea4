import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseRankingsViewKey } from "@/lib/rankings/lists";
import { RankingsView, rankingsMetadata } from "../../_components/rankings-view";
import { pageLocale } from "@/lib/i18n/server";

// /rankings and /rankings?category=<slug> as cached HTML, regenerated every few minutes (as lib/rankings/cached.ts); proxy.ts rewrites them here.
export const revalidate = 120;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const slug = parseRankingsViewKey((await params).view);
  return slug === undefined ? {} : rankingsMetadata(slug, locale);
}

export default async function CachedRankingsPage({ params }: Props) {
  await pageLocale(params);
  const slug = parseRankingsViewKey((await params).view);
  if (slug === undefined) notFound();
  return <RankingsView slug={slug} />;
}
