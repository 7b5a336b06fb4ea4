import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { formatTaxRatePercent } from "@/lib/invoices/schema";
import { getInvoiceSettings } from "@/lib/invoices/settings";
import { AdminOnly } from "../_components/admin-only";
import { InvoiceSettingsForm } from "./_components/invoice-settings-form";

export const metadata: Metadata = { title: "Invoices" };

export default async function InvoiceSettingsPage() {
  const user = await requireStaffPage("/admin/settings/invoices");
  if (user.role !== "admin") return <AdminOnly />;
  const settings = await getInvoiceSettings();
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        ← Settings
      </Link>
      <PageHeader
        title="Invoices"
        description="Every paid order gets an invoice and every refund a credit note, numbered without gaps (INV-2026-000001, CN-2026-000001). What a document says is fixed when it is issued: changes here apply to documents issued from now on. The store name comes from the store settings, the contact e-mail from the store's contact details."
      />
      <InvoiceSettingsForm
        settings={{
          storeAddress: settings.storeAddress ?? "",
          storeTaxNumber: settings.storeTaxNumber ?? "",
          taxRate: formatTaxRatePercent(settings.taxRateBasisPoints),
          taxName: settings.taxName,
        }}
      />
    </>
  );
}
