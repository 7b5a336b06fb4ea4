import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Edit shipping rate" };

export default async function EditShippingRatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaffPage(`/admin/settings/shipping/${encodeURIComponent(id)}`);
  if (user.role !== "admin") return <AdminOnly />;
  const parsed = shippingRateIdSchema.safeParse(id);
  const [rate, currency] = await Promise.all([parsed.success ? getShippingRate(parsed.data) : null, storeCurrency()]);
  if (!rate) notFound();
  return (
    <>
      <PageHeader title={`Edit shipping rate: ${rate.name}`}>
        <BackLink href="/admin/settings">Back to settings</BackLink>
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
