import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Tiers and points" };

export default async function LoyaltySettingsPage() {
  const user = await requireStaffPage("/admin/settings/loyalty");
  if (user.role !== "admin") return <AdminOnly />;
  const [settings, tiers, currency] = await Promise.all([getLoyaltySettings(db), listMemberTiers(db), storeCurrency()]);
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        ← Settings
      </Link>
      <PageHeader
        title="Tiers and points"
        description="Shoppers earn points when an order is paid and for a review with text, and pay part of an order with them. Their tier follows what they paid in the last 12 months."
      />
      <section aria-labelledby="points-heading" className="mb-10">
        <h2 id="points-heading" className="mb-4 text-lg font-semibold">
          Points
        </h2>
        <LoyaltySettingsForm settings={settings} />
      </section>
      <section aria-labelledby="tiers-heading" className="flex flex-col gap-4">
        <h2 id="tiers-heading" className="text-lg font-semibold">
          Member tiers
        </h2>
        <p className="max-w-2xl text-sm text-zinc-600">
          A shopper is in the highest tier whose minimum spend (orders paid in the last 12 months, less cancelled and refunded ones, in{" "}
          {currency}) they reach. A tier&apos;s percent off applies to the items of every order; member-only promotions name the least tier
          they are for.
        </p>
        <ul aria-label="Member tiers" className="flex flex-col gap-3">
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
