import type { Metadata } from "next";
import { ConfirmEmailNotice } from "@/components/account/confirm-email-notice";
import { PointsHistory } from "@/components/loyalty/points-history";
import { TierSummary } from "@/components/loyalty/tier-summary";
import { requireUser } from "@/lib/auth/session";
import { getLoyaltySettings } from "@/lib/loyalty/settings";
import { getPointsOverview } from "@/lib/loyalty/queries";
import { db } from "@/db";
import { formatMoney, minorUnitsPerMajor } from "@/lib/money";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { storeCurrency } from "@/lib/settings/store";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "loyalty" });
  return { title: t("metaTitle") };
}

export default async function AccountPointsPage() {
  const user = await requireUser("/account/points");
  const [points, settings, currency, t, locale] = await Promise.all([
    getPointsOverview(user.id),
    getLoyaltySettings(db),
    storeCurrency(),
    getTranslations("loyalty"),
    requestLocale(),
  ]);
  const perMajor = minorUnitsPerMajor(currency);
  const worth = Math.floor((points.balance * perMajor) / settings.redeemPointsPerUnit);
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  const unit = money(perMajor);
  const rules = [
    t("worth", { worth: money(worth), redeem: settings.redeemPointsPerUnit, unit, percent: settings.maxRedeemPercent }),
    t("earn", { count: settings.earnPointsPerUnit, unit }),
    ...(settings.reviewPoints > 0 ? [t("reviewPoints", { count: settings.reviewPoints })] : []),
    ...(settings.expiryMonths ? [t("expiry", { months: settings.expiryMonths })] : []),
  ];
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {!user.emailVerified && <ConfirmEmailNotice email={user.email} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="balance-heading" className="rounded-xl border border-zinc-200 p-4">
          <h2 id="balance-heading" className="text-sm font-medium text-zinc-600">
            {t("balance")}
          </h2>
          <p className="mt-1 text-2xl font-semibold tabular-nums">
            {t.rich("points", {
              count: points.balance,
              n: (chunks) => chunks,
              unit: (chunks) => <span className="text-base font-normal text-zinc-600">{chunks}</span>,
            })}
          </p>
          {settings.enabled && <p className="mt-1 text-sm text-zinc-600">{rules.join(" ")}</p>}
        </section>
        <section aria-labelledby="tier-heading" className="rounded-xl border border-zinc-200 p-4">
          <h2 id="tier-heading" className="text-sm font-medium text-zinc-600">
            {t("tier")}
          </h2>
          <TierSummary tier={points.tier} next={points.next} spend12m={points.spend12m} currency={currency} />
        </section>
      </div>
      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <PointsHistory entries={points.ledger} caption={t("historyCaption")} orderHref={(n) => `/orders/${n}`} />
      </section>
    </div>
  );
}
