import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/server";
import { RankingsView, rankingsMetadata } from "./_components/rankings-view";

// Reached only when proxy.ts does not rewrite (an unusual query); normally served from ./v/[view].
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ category?: string | string[] }> };

const slugOf = async (searchParams: Props["searchParams"]) => {
  const c = (await searchParams).category;
  return typeof c === "string" && c !== "" ? c.slice(0, 200) : null;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return rankingsMetadata(await slugOf(searchParams), await pageLocale(params));
}

export default async function RankingsPage({ searchParams }: Props) {
  return <RankingsView slug={await slugOf(searchParams)} />;
}
