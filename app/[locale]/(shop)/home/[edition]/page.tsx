import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "../../_components/home-view";
import { pageLocale } from "@/lib/i18n/server";

// The home page as cached HTML, regenerated like product pages; proxy.ts rewrites "/" here.
const HOME_EDITION = "current";
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function CachedHomePage({ params }: { params: Promise<{ locale: string; edition: string }> }) {
  await pageLocale(params);
  if ((await params).edition !== HOME_EDITION) notFound();
  return <HomeView />;
}
