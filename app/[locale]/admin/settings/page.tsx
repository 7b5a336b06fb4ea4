import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { countProductsInOtherCurrency, getStoreSettingsForm, listShippingRates, readStoreSettings } from "@/lib/settings/queries";
import { AdminOnly } from "./_components/admin-only";
import { SettingsForm } from "./_components/settings-form";
import { ShippingRates } from "./_components/shipping-rates";
import { PaymentSettingsLink } from "./payments/_components/payment-settings-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("title") };
}

export default async function AdminSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  // Staff reach the back office but not the settings: they are told so (every action checks for an admin again).
  const user = await requireStaffPage("/admin/settings");
  if (user.role !== "admin") return <AdminOnly />;
  const [t, form, resolved, rates, { saved }] = await Promise.all([
    getTranslations("adminSettings"),
    getStoreSettingsForm(),
    readStoreSettings(),
    listShippingRates(),
    searchParams,
  ]);
  const otherCurrency = await countProductsInOtherCurrency(resolved.currency);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="store-heading" className="mb-10">
        <h2 id="store-heading" className="mb-4 text-lg font-semibold">
          {t("sections.store")}
        </h2>
        <SettingsForm settings={form} otherCurrencyProducts={otherCurrency} />
      </section>
      <section aria-labelledby="shipping-heading">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 id="shipping-heading" className="text-lg font-semibold">
            {t("sections.shipping")}
          </h2>
          <Link
            href="/admin/settings/shipping/new"
            className="rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700"
          >
            {t("sections.newRate")}
          </Link>
        </div>
        <div className="mb-3">
          <FormStatus>{saved === "shipping" ? t("sections.rateSaved") : undefined}</FormStatus>
        </div>
        <ShippingRates rates={rates} currency={resolved.currency} />
      </section>
      <section aria-labelledby="policies-heading" className="mt-10">
        <h2 id="policies-heading" className="mb-2 text-lg font-semibold">
          {t("sections.policies")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">{t("sections.policiesText")}</p>
        <Link href="/admin/settings/policies" className="underline">
          {t("sections.editPolicies")}
        </Link>
      </section>
      <section aria-labelledby="loyalty-heading" className="mt-10">
        <h2 id="loyalty-heading" className="mb-2 text-lg font-semibold">
          {t("sections.loyalty")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">{t("sections.loyaltyText")}</p>
        <Link href="/admin/settings/loyalty" className="underline">
          {t("sections.editLoyalty")}
        </Link>
      </section>
      <section aria-labelledby="invoices-heading" className="mt-10">
        <h2 id="invoices-heading" className="mb-2 text-lg font-semibold">
          {t("sections.invoices")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">{t("sections.invoicesText")}</p>
        <Link href="/admin/settings/invoices" className="underline">
          {t("sections.editInvoices")}
        </Link>
      </section>
      <section aria-labelledby="jobs-heading" className="mt-10">
        <h2 id="jobs-heading" className="mb-2 text-lg font-semibold">
          {t("sections.jobs")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">{t("sections.jobsText")}</p>
        <Link href="/admin/jobs" className="underline">
          {t("sections.failedJobs")}
        </Link>
      </section>
      <PaymentSettingsLink />
    </>
  );
}
