import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { requireStaffPage } from "@/lib/auth/staff";
import { savePromotionAction, setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { promotionFormValues } from "@/lib/promotions/admin/form-values";
import { getPromotion, listScopeOptions } from "@/lib/promotions/admin/queries";
import { promotionIdSchema } from "@/lib/promotions/admin/schema";
import { promotionStatus } from "@/lib/promotions/admin/status";
import { storeCurrency } from "@/lib/settings/store";
import { PromotionForm } from "../_components/promotion-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPromotions"))("editMetaTitle") };
}

export default async function EditPromotionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/promotions/${encodeURIComponent(id)}`);
  const parsed = promotionIdSchema.safeParse(id);
  const promotion = parsed.success ? await getPromotion(parsed.data) : null;
  if (!promotion || promotion.code !== null) notFound();
  const [options, currency, t] = await Promise.all([listScopeOptions(), storeCurrency(), getTranslations("adminPromotions")]);
  const status = promotionStatus(promotion, new Date());
  return (
    <>
      <PageHeader title={t("editTitle", { name: promotion.name })}>
        <BackLink href="/admin/promotions">{t("back")}</BackLink>
      </PageHeader>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <span className="text-sm">{t("statusLabel")}</span> <StatusBadge status={status} />
        <span className="text-sm text-zinc-600">{t("usedBy", { count: promotion.usedCount })}</span>
        <StateActions id={promotion.id} status={status} action={setPromotionStateAction} />
      </div>
      <PromotionForm
        action={savePromotionAction}
        options={options}
        currency={currency}
        initial={promotionFormValues(promotion, currency)}
      />
    </>
  );
}
