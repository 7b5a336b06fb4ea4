import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createShippingRateAction } from "@/lib/settings/actions";
import { storeCurrency } from "@/lib/settings/store";
import { AdminOnly } from "../../_components/admin-only";
import { ShippingRateForm } from "../../_components/shipping-rate-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("rate.newTitle") };
}

export default async function NewShippingRatePage() {
  const user = await requireStaffPage("/admin/settings/shipping/new");
  if (user.role !== "admin") return <AdminOnly />;
  const [t, currency] = await Promise.all([getTranslations("adminSettings"), storeCurrency()]);
  return (
    <>
      <PageHeader title={t("rate.newTitle")}>
        <BackLink href="/admin/settings">{t("backToSettings")}</BackLink>
      </PageHeader>
      <ShippingRateForm
        action={createShippingRateAction}
        currency={currency}
        rate={{ name: "", code: "", description: "", price: "", freeOver: "", minDays: "1", maxDays: "3", position: "10", active: true }}
      />
    </>
  );
}
