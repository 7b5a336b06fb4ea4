import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { secondLanguageField } from "@/lib/i18n/content";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { updateBannerAction } from "@/lib/content/actions";
import { getBanner } from "@/lib/content/queries";
import { scheduleFieldValue } from "@/lib/content/rules";
import { bannerIdSchema } from "@/lib/content/schema";
import { BannerForm } from "../_components/banner-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminContent"))("editBannerMeta") };
}

export default async function EditBannerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/content/${encodeURIComponent(id)}`);
  const parsed = bannerIdSchema.safeParse(id);
  const banner = parsed.success ? await getBanner(parsed.data) : null;
  if (!banner) notFound();
  const t = await getTranslations("adminContent");
  return (
    <>
      <PageHeader title={t("editBanner", { title: banner.title })}>
        <BackLink href="/admin/content">{t("back")}</BackLink>
      </PageHeader>
      <BannerForm
        action={updateBannerAction}
        banner={{
          id: String(banner.id),
          title: banner.title,
          subtitle: banner.subtitle,
          zhTitle: secondLanguageField(banner.translations, "title"),
          zhSubtitle: secondLanguageField(banner.translations, "subtitle"),
          linkUrl: banner.linkUrl,
          active: banner.active,
          startsAt: scheduleFieldValue(banner.startsAt),
          endsAt: scheduleFieldValue(banner.endsAt),
          imageUrl: banner.imageUrl,
        }}
      />
    </>
  );
}
