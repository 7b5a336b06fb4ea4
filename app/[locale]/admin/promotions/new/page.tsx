import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { savePromotionAction } from "@/lib/promotions/admin/actions";
import { listScopeOptions } from "@/lib/promotions/admin/queries";
import { storeCurrency } from "@/lib/settings/store";
import { PromotionForm } from "../_components/promotion-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPromotions"))("newPromotion") };
}

export default async function NewPromotionPage() {
  await requireStaffPage("/admin/promotions/new");
  const [options, currency, t] = await Promise.all([listScopeOptions(), storeCurrency(), getTranslations("adminPromotions")]);
  return (
    <>
      <PageHeader title={t("newPromotion")}>
        <BackLink href="/admin/promotions">{t("back")}</BackLink>
      </PageHeader>
      <PromotionForm
        action={savePromotionAction}
        options={options}
        currency={currency}
        initial={{ type: "spend_save", priority: "0", stackable: "on" }}
      />
    </>
  );
}
