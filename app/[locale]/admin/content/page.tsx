import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { listBanners } from "@/lib/content/queries";
import { BannerList } from "./_components/banner-list";
import { ContentTabs } from "./_components/content-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminContent"))("title") };
}

export default async function AdminContentPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaffPage("/admin/content");
  const [banners, { saved }, t] = await Promise.all([listBanners(), searchParams, getTranslations("adminContent")]);
  const notices: Record<string, string> = { created: t("saved.created"), updated: t("saved.updated") };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin/content/new" className="rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700">
          {t("newBanner")}
        </Link>
      </PageHeader>
      <ContentTabs current="banners" />
      <div className="mb-4 space-y-3">
        <FormStatus>{saved ? notices[saved] : undefined}</FormStatus>
        <p className="text-sm text-zinc-600">{t("refreshNote")}</p>
      </div>
      {banners.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-6 text-zinc-600">{t("empty")}</p>
      ) : (
        <BannerList banners={banners} now={new Date()} />
      )}
    </>
  );
}
