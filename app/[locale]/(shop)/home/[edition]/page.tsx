import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "../../_components/home-view";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";
import { languageAlternates } from "@/lib/seo/alternates";

// The home page as cached HTML, regenerated like product pages; proxy.ts rewrites "/" here.
const HOME_EDITION = "current";
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { alternates: languageAlternates("/", await pageLocale(params)) };
}

export default async function CachedHomePage({ params }: { params: Promise<{ locale: string; edition: string }> }) {
  const locale = await pageLocale(params);
  if ((await params).edition !== HOME_EDITION) notFound();
  return (
    <ClientMessages locale={locale} namespaces={["product.price", "product.sections", "product.stock"]}>
      <HomeView />
    </ClientMessages>
  );
}
