import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { formatMajorUnits } from "@/lib/money";
import { updateShippingRateAction } from "@/lib/settings/actions";
import { getShippingRate } from "@/lib/settings/queries";
import { shippingRateIdSchema } from "@/lib/settings/schema";
import { storeCurrency } from "@/lib/settings/store";
import { AdminOnly } from "../../_components/admin-only";
import { ShippingRateForm } from "../../_components/shipping-rate-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("rate.editMeta") };
}

export default async function EditShippingRatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaffPage(`/admin/settings/shipping/${encodeURIComponent(id)}`);
  if (user.role !== "admin") return <AdminOnly />;
  const parsed = shippingRateIdSchema.safeParse(id);
  const [t, rate, currency] = await Promise.all([
    getTranslations("adminSettings"),
    parsed.success ? getShippingRate(parsed.data) : null,
    storeCurrency(),
  ]);
  if (!rate) notFound();
  return (
    <>
      <PageHeader title={t("rate.editTitle", { name: rate.name })}>
        <BackLink href="/admin/settings">{t("backToSettings")}</BackLink>
      </PageHeader>
      <ShippingRateForm
        action={updateShippingRateAction}
        currency={currency}
        rate={{
          id: String(rate.id),
          name: rate.name,
          code: rate.code,
          description: rate.description,
          price: formatMajorUnits(rate.price, currency),
          freeOver: rate.freeOver === null ? "" : formatMajorUnits(rate.freeOver, currency),
          minDays: String(rate.minDays),
          maxDays: String(rate.maxDays),
          position: String(rate.position),
          active: rate.active,
        }}
      />
    </>
  );
}
