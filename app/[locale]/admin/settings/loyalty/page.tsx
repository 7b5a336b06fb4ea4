import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { db } from "@/db";
import { requireStaffPage } from "@/lib/auth/staff";
import { listMemberTiers } from "@/lib/loyalty/queries";
import { getLoyaltySettings } from "@/lib/loyalty/settings";
import { formatMajorUnits } from "@/lib/money";
import { storeCurrency } from "@/lib/settings/store";
import { AdminOnly } from "../_components/admin-only";
import { LoyaltySettingsForm } from "./_components/loyalty-settings-form";
import { TierForm } from "./_components/tier-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("loyalty.title") };
}

export default async function LoyaltySettingsPage() {
  const user = await requireStaffPage("/admin/settings/loyalty");
  if (user.role !== "admin") return <AdminOnly />;
  const [t, settings, tiers, currency] = await Promise.all([
    getTranslations("adminSettings"),
    getLoyaltySettings(db),
    listMemberTiers(db),
    storeCurrency(),
  ]);
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        {t("settingsLink")}
      </Link>
      <PageHeader title={t("loyalty.title")} description={t("loyalty.description")} />
      <section aria-labelledby="points-heading" className="mb-10">
        <h2 id="points-heading" className="mb-4 text-lg font-semibold">
          {t("loyalty.points")}
        </h2>
        <LoyaltySettingsForm settings={settings} />
      </section>
      <section aria-labelledby="tiers-heading" className="flex flex-col gap-4">
        <h2 id="tiers-heading" className="text-lg font-semibold">
          {t("loyalty.tiers")}
        </h2>
        <p className="max-w-2xl text-sm text-zinc-600">{t("loyalty.tiersText", { currency })}</p>
        <ul aria-label={t("loyalty.tiers")} className="flex flex-col gap-3">
          {tiers.map((t) => (
            <li key={t.id}>
              <TierForm tier={{ ...t, minSpend: formatMajorUnits(t.minSpend, currency) }} />
            </li>
          ))}
        </ul>
        <TierForm tier={null} />
      </section>
    </>
  );
}
