import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createFlashSaleAction } from "@/lib/promotions/admin/actions";
import { storeCurrency } from "@/lib/settings/store";
import { FlashSaleForm } from "../../_components/flash-sale-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPromotions"))("flashForm.title") };
}

export default async function NewFlashSalePage() {
  await requireStaffPage("/admin/promotions/flash-sales/new");
  const [currency, t] = await Promise.all([storeCurrency(), getTranslations("adminPromotions")]);
  return (
    <>
      <PageHeader title={t("flashForm.title")}>
        <BackLink href="/admin/promotions">{t("back")}</BackLink>
      </PageHeader>
      <FlashSaleForm action={createFlashSaleAction} currency={currency} initial={{ perCustomerLimit: "1" }} />
    </>
  );
}
