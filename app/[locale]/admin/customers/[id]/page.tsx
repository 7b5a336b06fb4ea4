import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { OrderTable } from "@/components/account/order-table";
import { PageHeader } from "@/components/admin/page-header";
import { PointsHistory } from "@/components/loyalty/points-history";
import { TierSummary } from "@/components/loyalty/tier-summary";
import { requireStaffPage } from "@/lib/auth/staff";
import { PostalAddressView } from "@/components/ui/address-view";
import { getCustomer } from "@/lib/customers/queries";
import { getPointsOverview } from "@/lib/loyalty/queries";
import { formatMoney } from "@/lib/money";
import { AccountControls } from "../_components/account-controls";
import { PointsAdjustmentForm } from "../_components/points-adjustment-form";
import { RoleBadge } from "../_components/role-badge";
import { RoleForm } from "../_components/role-form";
import { formatJoined } from "../_components/joined-date";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCustomers"))("detailTitle") };
}

const card = "rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5";
const h2 = "mb-3 text-sm font-semibold text-zinc-700";

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireStaffPage(`/admin/customers/${id}`);
  const customer = await getCustomer(id);
  if (!customer) notFound();
  const [points, t, locale] = await Promise.all([getPointsOverview(customer.id), getTranslations("adminCustomers.detail"), getLocale()]);
  const canChangeRole = viewer.role === "admin" && viewer.id !== customer.id;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/customers" className="text-sm text-zinc-700 underline">
        {t("allCustomers")}
      </Link>
      <PageHeader
        title={customer.name || customer.email}
        description={t("joined", { email: customer.email, date: formatJoined(customer.joinedAt, locale) })}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <section aria-labelledby="ltv" className={card}>
          <h2 id="ltv" className={h2}>
            {t("lifetimeValue")}
          </h2>
          <p className="text-2xl font-bold tabular-nums">
            {formatMoney({ amount: customer.lifetimeValue, currency: customer.currency }, locale)}
          </p>
          <p className="text-sm text-zinc-600">{t("lifetimeHint")}</p>
        </section>
        <section aria-labelledby="orders-count" className={card}>
          <h2 id="orders-count" className={h2}>
            {t("orders")}
          </h2>
          <p className="text-2xl font-bold tabular-nums">{customer.orderCount}</p>
        </section>
        <section aria-labelledby="points" className={card}>
          <h2 id="points" className={h2}>
            {t("points")}
          </h2>
          <p className="text-2xl font-bold tabular-nums">{points.balance}</p>
          <p className="text-sm text-zinc-600">{t("tier", { name: points.tier?.name ?? t("tierNone") })}</p>
        </section>
      </div>

      <section aria-labelledby="tier" className={card}>
        <h2 id="tier" className={h2}>
          {t("memberTier")}
        </h2>
        <TierSummary tier={points.tier} next={points.next} spend12m={points.spend12m} currency={customer.currency} who="the customer" />
      </section>

      <section aria-labelledby="points-history" className={`${card} flex flex-col gap-4`}>
        <h2 id="points-history" className={h2}>
          {t("pointsHistory")}
        </h2>
        <PointsAdjustmentForm userId={customer.id} />
        <PointsHistory entries={points.ledger} caption={t("pointsCaption")} orderHref={(n) => `/admin/orders/${n}`} showActor />
      </section>

      <section aria-labelledby="role" className={card}>
        <h2 id="role" className={h2}>
          {t("role")}
        </h2>
        {canChangeRole ? (
          <RoleForm userId={customer.id} role={customer.role} />
        ) : (
          <p className="flex items-center gap-2 text-sm">
            <RoleBadge role={customer.role} />
            <span className="text-zinc-600">{viewer.id === customer.id ? t("ownRole") : t("onlyAdminRole")}</span>
          </p>
        )}
      </section>

      <section aria-labelledby="account" className={card}>
        <h2 id="account" className={h2}>
          {t("account")}
        </h2>
        {canChangeRole ? (
          <AccountControls userId={customer.id} disabled={customer.disabled} />
        ) : (
          <p className="text-sm text-zinc-600">
            {t(viewer.id === customer.id ? "ownAccount" : "onlyAdminAccount", { disabled: customer.disabled ? "yes" : "no" })}
          </p>
        )}
      </section>

      <section aria-labelledby="orders" className={card}>
        <h2 id="orders" className={h2}>
          {t("orderHistory")}
        </h2>
        {customer.orders.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("noOrders")}</p>
        ) : (
          <div className="overflow-x-auto">
            <OrderTable orders={customer.orders} caption={t("ordersCaption")} href={(n) => `/admin/orders/${n}`} />
          </div>
        )}
      </section>

      <section aria-labelledby="addresses" className={card}>
        <h2 id="addresses" className={h2}>
          {t("addresses")}
        </h2>
        {customer.addresses.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("noAddresses")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {customer.addresses.map((a) => (
              <li key={a.id} className="rounded-lg border border-zinc-200 p-3">
                <PostalAddressView
                  address={a}
                  boldName
                  afterName={
                    a.isDefault ? (
                      <span className="ml-2 rounded-full bg-zinc-900 px-2 py-0.5 text-xs text-white">{t("default")}</span>
                    ) : null
                  }
                  className="text-sm not-italic leading-relaxed"
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
