import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import "../globals.css";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { storeName } from "@/lib/settings/store";
import { env } from "@/lib/env";

// Pages prerendered by `next build` (which has no database) show the store name from the environment; this refreshes them with the saved settings.
// The layout's lifetime bounds every page under it: pages with a shorter one say so themselves.
export const revalidate = 300;

/** Both languages are known at build time: their pages are cached alike. */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const [name, t] = await Promise.all([storeName(), getTranslations({ locale, namespace: "common" })]);
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("meta.title", { name }), template: `%s · ${name}` },
    description: t("meta.description"),
    openGraph: { siteName: name, type: "website", locale: locale.replace("-", "_") },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#18181b" };

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* What the header and the error page read; pages with more client components add their own. */}
        <ClientMessages locale={locale} namespaces={["common", "layout.header", "layout.error", "search.box"]}>
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
