import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createFlashSaleAction } from "@/lib/promotions/admin/actions";
import { storeCurrency } from "@/lib/settings/store";
import { FlashSaleForm } from "../../_components/flash-sale-form";

export const metadata: Metadata = { title: "New flash sale" };

export default async function NewFlashSalePage() {
  await requireStaffPage("/admin/promotions/flash-sales/new");
  const currency = await storeCurrency();
  return (
    <>
      <PageHeader title="New flash sale">
        <BackLink href="/admin/promotions">Back to promotions</BackLink>
      </PageHeader>
      <FlashSaleForm action={createFlashSaleAction} currency={currency} initial={{ perCustomerLimit: "1" }} />
    </>
  );
}
