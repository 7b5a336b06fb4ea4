import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { listActiveShippingMethods } from "@/lib/checkout/shipping";
import { db } from "@/db";
import { readStorePolicies, shopperPolicies } from "@/lib/settings/policies/queries";
import { readStoreSettings } from "@/lib/settings/queries";
import { AdminOnly } from "../_components/admin-only";
import { PoliciesForm } from "./_components/policies-form";

export const metadata: Metadata = { title: "Policies" };

export default async function PolicySettingsPage() {
  const user = await requireStaffPage("/admin/settings/policies");
  if (user.role !== "admin") return <AdminOnly />;
  const [policies, settings, methods] = await Promise.all([readStorePolicies(), readStoreSettings(), listActiveShippingMethods(db)]);
  // What an empty summary reads as today: worded from the settings and the active shipping rates.
  const worded = shopperPolicies({ ...policies, shippingSummary: null, returnsSummary: null }, settings, methods);
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        ← Settings
      </Link>
      <PageHeader
        title="Policies"
        description="The return window, what a return refunds, and the shipping, returns and contact texts shoppers read on product pages, in the footer and on the store pages."
      />
      <PoliciesForm policies={policies} worded={{ shipping: worded.shipping, returns: worded.returns }} />
      <p className="mt-8 max-w-2xl text-sm text-zinc-600">
        The store pages (About, Contact, Shipping, Returns, Terms, Privacy) are edited under{" "}
        <Link href="/admin/content/pages" className="underline">
          Content → Pages
        </Link>
        ; their default texts are worded from these settings.
      </p>
    </>
  );
}
