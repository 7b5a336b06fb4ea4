import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

import { ConfirmEmailNotice } from "@/components/account/confirm-email-notice";
import { OrderTable } from "@/components/account/order-table";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PhoneSettings } from "@/components/phone/phone-settings";
import { getAccountProfile } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/session";
import { listOrdersForUser } from "@/lib/orders/queries";
import { recommendForCurrentShopper } from "@/lib/recommendations/shopper";
import { RecommendationSection } from "@/components/product/recommendation-section";

export const dynamic = "force-dynamic";

export default async function AccountOverviewPage() {
  const user = await requireUser("/account");
  const [profile, orders, recommended] = await Promise.all([
    getAccountProfile(user.id),
    listOrdersForUser(user.id),
    recommendForCurrentShopper(),
  ]);
  const points = profile?.loyaltyPoints ?? 0;
  const t = await getTranslations("account.overview");
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("hello", { name: profile?.name || user.email })}</h1>
          <p className="mt-1 text-sm text-zinc-600">{t("signedInAs", { email: user.email })}</p>
        </div>
        <SignOutButton />
      </div>
      {user.emailVerified ? (
        <section aria-labelledby="points-heading" className="rounded-xl border border-zinc-200 p-4">
          <h2 id="points-heading" className="text-sm font-medium text-zinc-600">
            {t("loyaltyPoints")}
          </h2>
          <p className="mt-1 text-2xl font-semibold tabular-nums">
            <Link href="/account/points" className="hover:underline">
              {t.rich("points", {
                count: points,
                n: (chunks) => chunks,
                unit: (chunks) => <span className="text-base font-normal text-zinc-600">{chunks}</span>,
              })}
            </Link>
          </p>
        </section>
      ) : (
        <ConfirmEmailNotice email={user.email} />
      )}
      {user.emailVerified && <PhoneSettings userId={user.id} />}
      <section aria-labelledby="latest-orders-heading" className="flex flex-col gap-3">
        <h2 id="latest-orders-heading" className="text-lg font-semibold">
          {t("latestOrders")}
        </h2>
        {orders.length === 0 ? (
          <p className="text-zinc-600">
            {t("noOrders")}{" "}
            <Link href="/" className="underline">
              {t("startShopping")}
            </Link>
          </p>
        ) : (
          <>
            <OrderTable orders={orders.slice(0, 3)} caption={t("latestOrdersCaption")} />
            {orders.length > 3 && (
              <Link href="/account/orders" className="text-sm underline">
                {t("allOrders", { count: orders.length })}
              </Link>
            )}
          </>
        )}
      </section>
      <RecommendationSection title={t("recommended")} products={recommended} />
    </div>
  );
}
