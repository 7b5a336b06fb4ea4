import { notFound, permanentRedirect } from "next/navigation";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { localizePath } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/server";
import { getCachedProduct, getCachedSlugRedirect } from "@/lib/catalog/cached";
import { slugParam } from "@/lib/catalog/slug";

// Checked before the page renders, so an unknown or unpublished product answers with a real 404 status,
// and a renamed one's former address with a real permanent redirect (308) to the current one.
export default async function ProductLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string; locale: string }>;
}) {
  const locale = await pageLocale(params);
  const slug = slugParam((await params).slug);
  if (!(await getCachedProduct(slug, locale))) {
    const current = await getCachedSlugRedirect(slug);
    if (current) permanentRedirect(localizePath(`/p/${encodeURIComponent(current)}`, locale));
    notFound();
  }
  return (
    <ClientMessages locale={locale} namespaces={["product", "deals", "questions", "reviews", "share.button"]}>
      {children}
    </ClientMessages>
  );
}
