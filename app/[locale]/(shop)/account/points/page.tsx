import type { Metadata } from "next";
import { ConfirmEmailNotice } from "@/components/account/confirm-email-notice";
import { PointsHistory } from "@/components/loyalty/points-history";
import { TierSummary } from "@/components/loyalty/tier-summary";
import { requireUser } from "@/lib/auth/session";
import { getLoyaltySettings } from "@/lib/loyalty/settings";
import { getPointsOverview } from "@/lib/loyalty/queries";
import { db } from "@/db";
import { formatMoney } from "@/lib/money";
import { storeCurrency } from "@/lib/settings/store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your points" };

export default async function AccountPointsPage() {
  const user = await requireUser("/account/points");
  const [points, settings, currency] = await Promise.all([getPointsOverview(user.id), getLoyaltySettings(db), storeCurrency()]);
  const worth = Math.floor((points.balance * 100) / settings.redeemPointsPerUnit);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold tracking-tight">Points and tier</h1>
      {!user.emailVerified && <ConfirmEmailNotice email={user.email} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="balance-heading" className="rounded-xl border border-zinc-200 p-4">
          <h2 id="balance-heading" className="text-sm font-medium text-zinc-600">
            Points balance
          </h2>
          <p className="mt-1 text-2xl font-semibold tabular-nums">
            {points.balance.toLocaleString("en-US")}{" "}
            <span className="text-base font-normal text-zinc-600">{points.balance === 1 ? "point" : "points"}</span>
          </p>
          {settings.enabled && (
            <p className="mt-1 text-sm text-zinc-600">
              Worth {formatMoney({ amount: worth, currency })} at checkout ({settings.redeemPointsPerUnit} points pay for{" "}
              {formatMoney({ amount: 100, currency })}, up to {settings.maxRedeemPercent}% of the items). You earn{" "}
              {settings.earnPointsPerUnit} {settings.earnPointsPerUnit === 1 ? "point" : "points"} per{" "}
              {formatMoney({ amount: 100, currency })} paid
              {settings.reviewPoints > 0 ? ` and ${settings.reviewPoints} for a review with text` : ""}
              {settings.expiryMonths ? `; unspent points expire ${settings.expiryMonths} months after they were earned` : ""}.
            </p>
          )}
        </section>
        <section aria-labelledby="tier-heading" className="rounded-xl border border-zinc-200 p-4">
          <h2 id="tier-heading" className="text-sm font-medium text-zinc-600">
            Member tier
          </h2>
          <TierSummary tier={points.tier} next={points.next} spend12m={points.spend12m} currency={currency} />
        </section>
      </div>
      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Points history
        </h2>
        <PointsHistory entries={points.ledger} caption="Your points history, newest first" orderHref={(n) => `/orders/${n}`} />
      </section>
    </div>
  );
}
