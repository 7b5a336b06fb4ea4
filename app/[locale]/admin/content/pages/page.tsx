import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { secondLanguageField } from "@/lib/i18n/content";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { listSavedStorePages } from "@/lib/content/pages/queries";
import { isStorePageSlug, STORE_PAGE_SLUGS, STORE_PAGE_TITLES, type StorePageSlug } from "@/lib/content/pages/slugs";
import { ContentTabs } from "../_components/content-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminContent"))("pages.title") };
}

const isoMinute = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function StorePagesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaffPage("/admin/content/pages");
  const [saved, { saved: justSaved }, t, defaultTitles, locale] = await Promise.all([
    listSavedStorePages(),
    searchParams,
    getTranslations("adminContent.pages"),
    getTranslations("storePages.titles"),
    getLocale(),
  ]);
  const when = (d: Date) => (locale === DEFAULT_LOCALE ? isoMinute(d) : formatDateTime(d, locale));
  const bySlug = new Map(saved.map((p) => [p.slug, p]));
  // A page's title in the page's language: the merchant's, else the default one.
  const titleOf = (slug: StorePageSlug) => {
    const page = bySlug.get(slug);
    if (locale === DEFAULT_LOCALE) return page?.title || STORE_PAGE_TITLES[slug];
    return secondLanguageField(page?.translations, "title") || defaultTitles(slug);
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ContentTabs current="pages" />
      <div className="mb-4">
        <FormStatus>{justSaved && isStorePageSlug(justSaved) ? t("savedNotice", { title: titleOf(justSaved) }) : undefined}</FormStatus>
      </div>
      <DataTable caption={t("caption")} columns={[t("page"), t("address"), t("text"), { label: t("actions"), srOnly: true }]}>
        {STORE_PAGE_SLUGS.map((slug) => {
          const page = bySlug.get(slug);
          const title = titleOf(slug);
          return (
            <tr key={slug} className="border-b border-zinc-200">
              <td className="py-2 pr-4 font-medium">{title}</td>
              <td className="py-2 pr-4">
                <Link href={`/pages/${slug}`} className="underline">
                  /pages/{slug}
                </Link>
              </td>
              <td className="py-2 pr-4 text-zinc-600">
                {page?.body.trim() ? t("edited", { date: when(page.updatedAt) }) : t("defaultText")}
              </td>
              <td className="py-2 pr-4">
                <Link href={`/admin/content/pages/${slug}`} className="underline" aria-label={t("editLabel", { title })}>
                  {t("edit")}
                </Link>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
