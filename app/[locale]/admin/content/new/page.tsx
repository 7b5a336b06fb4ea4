import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createBannerAction } from "@/lib/content/actions";
import { BannerForm } from "../_components/banner-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminContent"))("newBanner") };
}

export default async function NewBannerPage() {
  await requireStaffPage("/admin/content/new");
  const t = await getTranslations("adminContent");
  return (
    <>
      <PageHeader title={t("newBanner")}>
        <BackLink href="/admin/content">{t("back")}</BackLink>
      </PageHeader>
      <BannerForm action={createBannerAction} />
    </>
  );
}
