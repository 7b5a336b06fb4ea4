import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { savePromotionAction } from "@/lib/promotions/admin/actions";
import { listScopeOptions } from "@/lib/promotions/admin/queries";
import { storeCurrency } from "@/lib/settings/store";
import { PromotionForm } from "../_components/promotion-form";

export const metadata: Metadata = { title: "New promotion" };

export default async function NewPromotionPage() {
  await requireStaffPage("/admin/promotions/new");
  const [options, currency] = await Promise.all([listScopeOptions(), storeCurrency()]);
  return (
    <>
      <PageHeader title="New promotion">
        <BackLink href="/admin/promotions">Back to promotions</BackLink>
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
