import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { db } from "@/db";
import { requireStaffPage } from "@/lib/auth/staff";
import { listActiveShippingMethods } from "@/lib/checkout/shipping";
import { readStorePage, readStorePageSecondLanguage } from "@/lib/content/pages/queries";
import { editableBody } from "@/lib/content/pages/resolve";
import { isStorePageSlug, STORE_PAGE_TITLES } from "@/lib/content/pages/slugs";
import { pageContext } from "@/lib/content/pages/template";
import { readStorePolicies, shopperPolicies } from "@/lib/settings/policies/queries";
import { readStoreSettings } from "@/lib/settings/queries";
import { StorePageForm } from "../_components/store-page-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminContent"))("pages.editMeta") };
}

export default async function EditStorePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireStaffPage(`/admin/content/pages/${encodeURIComponent(slug)}`);
  if (!isStorePageSlug(slug)) notFound();
  const [saved, zh, policies, settings, methods] = await Promise.all([
    readStorePage(slug),
    readStorePageSecondLanguage(slug),
    readStorePolicies(),
    readStoreSettings(),
    listActiveShippingMethods(db),
  ]);
  const title = saved?.title || STORE_PAGE_TITLES[slug];
  const [t, defaultTitles, locale] = await Promise.all([
    getTranslations("adminContent.pages"),
    getTranslations("storePages.titles"),
    getLocale(),
  ]);
  // The heading names the page in the page's language; the form keeps each language's own title.
  const heading = locale === DEFAULT_LOCALE ? title : zh.zhTitle || defaultTitles(slug);
  return (
    <>
      <PageHeader title={t("editTitle", { title: heading })} description={t("editDescription", { slug })}>
        <BackLink href="/admin/content/pages">{t("back")}</BackLink>
      </PageHeader>
      <StorePageForm
        slug={slug}
        title={title}
        body={editableBody(slug, saved)}
        zhTitle={zh.zhTitle}
        zhBody={zh.zhBody}
        context={pageContext(shopperPolicies(policies, settings, methods))}
      />
    </>
  );
}
