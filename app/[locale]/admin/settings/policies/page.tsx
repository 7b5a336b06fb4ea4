import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { listActiveShippingMethods } from "@/lib/checkout/shipping";
import { db } from "@/db";
import { readStorePolicies, shopperPolicies } from "@/lib/settings/policies/queries";
import { readStoreSettings } from "@/lib/settings/queries";
import { AdminOnly } from "../_components/admin-only";
import { PoliciesForm } from "./_components/policies-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("policies.title") };
}

export default async function PolicySettingsPage() {
  const user = await requireStaffPage("/admin/settings/policies");
  if (user.role !== "admin") return <AdminOnly />;
  const [t, policies, settings, methods] = await Promise.all([
    getTranslations("adminSettings"),
    readStorePolicies(),
    readStoreSettings(),
    listActiveShippingMethods(db),
  ]);
  // What an empty summary reads as today: worded from the settings and the active shipping rates.
  const worded = shopperPolicies({ ...policies, shippingSummary: null, returnsSummary: null }, settings, methods);
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        {t("settingsLink")}
      </Link>
      <PageHeader title={t("policies.title")} description={t("policies.description")} />
      <PoliciesForm policies={policies} worded={{ shipping: worded.shipping, returns: worded.returns }} />
      <p className="mt-8 max-w-2xl text-sm text-zinc-600">
        {t.rich("policies.pagesNote", {
          link: (text) => (
            <Link href="/admin/content/pages" className="underline">
              {text}
            </Link>
          ),
        })}
      </p>
    </>
  );
}
