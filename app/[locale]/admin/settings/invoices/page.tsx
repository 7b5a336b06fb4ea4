import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { formatTaxRatePercent } from "@/lib/invoices/schema";
import { getInvoiceSettings } from "@/lib/invoices/settings";
import { AdminOnly } from "../_components/admin-only";
import { InvoiceSettingsForm } from "./_components/invoice-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("invoices.title") };
}

export default async function InvoiceSettingsPage() {
  const user = await requireStaffPage("/admin/settings/invoices");
  if (user.role !== "admin") return <AdminOnly />;
  const [t, settings] = await Promise.all([getTranslations("adminSettings"), getInvoiceSettings()]);
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        {t("settingsLink")}
      </Link>
      <PageHeader title={t("invoices.title")} description={t("invoices.description")} />
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
