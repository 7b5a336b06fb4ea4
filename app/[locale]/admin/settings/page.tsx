import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { countProductsInOtherCurrency, getStoreSettingsForm, listShippingRates, readStoreSettings } from "@/lib/settings/queries";
import { AdminOnly } from "./_components/admin-only";
import { SettingsForm } from "./_components/settings-form";
import { ShippingRates } from "./_components/shipping-rates";
import { PaymentSettingsLink } from "./payments/_components/payment-settings-link";

export const metadata: Metadata = { title: "Settings" };

export default async function AdminSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  // Staff reach the back office but not the settings: they are told so (every action checks for an admin again).
  const user = await requireStaffPage("/admin/settings");
  if (user.role !== "admin") return <AdminOnly />;
  const [form, resolved, rates, { saved }] = await Promise.all([
    getStoreSettingsForm(),
    readStoreSettings(),
    listShippingRates(),
    searchParams,
  ]);
  const otherCurrency = await countProductsInOtherCurrency(resolved.currency);
  return (
    <>
      <PageHeader title="Settings" description="Store-wide settings. Shoppers see changes on their next page load." />
      <section aria-labelledby="store-heading" className="mb-10">
        <h2 id="store-heading" className="mb-4 text-lg font-semibold">
          Store
        </h2>
        <SettingsForm settings={form} otherCurrencyProducts={otherCurrency} />
      </section>
      <section aria-labelledby="shipping-heading">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 id="shipping-heading" className="text-lg font-semibold">
            Shipping rates
          </h2>
          <Link
            href="/admin/settings/shipping/new"
            className="rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700"
          >
            New shipping rate
          </Link>
        </div>
        <div className="mb-3">
          <FormStatus>{saved === "shipping" ? "Shipping rate saved." : undefined}</FormStatus>
        </div>
        <ShippingRates rates={rates} currency={resolved.currency} />
      </section>
      <section aria-labelledby="policies-heading" className="mt-10">
        <h2 id="policies-heading" className="mb-2 text-lg font-semibold">
          Policies
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">
          The return window, whether returns refund shipping, the shipping and returns notes on product pages, and the contact details.
        </p>
        <Link href="/admin/settings/policies" className="underline">
          Edit policies
        </Link>
      </section>
      <section aria-labelledby="loyalty-heading" className="mt-10">
        <h2 id="loyalty-heading" className="mb-2 text-lg font-semibold">
          Tiers and points
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">
          How shoppers earn and use points, when points expire, and the member tiers with their benefits.
        </p>
        <Link href="/admin/settings/loyalty" className="underline">
          Edit tiers and points
        </Link>
      </section>
      <section aria-labelledby="invoices-heading" className="mt-10">
        <h2 id="invoices-heading" className="mb-2 text-lg font-semibold">
          Invoices
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">
          The store address and tax number printed on invoices and credit notes, and the tax rate prices include.
        </p>
        <Link href="/admin/settings/invoices" className="underline">
          Edit invoice settings
        </Link>
      </section>
      <section aria-labelledby="jobs-heading" className="mt-10">
        <h2 id="jobs-heading" className="mb-2 text-lg font-semibold">
          Background jobs
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-zinc-600">
          E-mails are sent by background jobs, retried when they fail. Those that failed on every attempt wait for a retry.
        </p>
        <Link href="/admin/jobs" className="underline">
          Failed jobs
        </Link>
      </section>
      <PaymentSettingsLink />
    </>
  );
}
