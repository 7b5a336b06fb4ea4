import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createShippingRateAction } from "@/lib/settings/actions";
import { storeCurrency } from "@/lib/settings/store";
import { AdminOnly } from "../../_components/admin-only";
import { ShippingRateForm } from "../../_components/shipping-rate-form";

export const metadata: Metadata = { title: "New shipping rate" };

export default async function NewShippingRatePage() {
  const user = await requireStaffPage("/admin/settings/shipping/new");
  if (user.role !== "admin") return <AdminOnly />;
  const currency = await storeCurrency();
  return (
    <>
      <PageHeader title="New shipping rate">
        <BackLink href="/admin/settings">Back to settings</BackLink>
      </PageHeader>
      <ShippingRateForm
        action={createShippingRateAction}
        currency={currency}
        rate={{ name: "", code: "", description: "", price: "", freeOver: "", minDays: "1", maxDays: "3", position: "10", active: true }}
      />
    </>
  );
}
