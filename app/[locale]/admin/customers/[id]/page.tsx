import type { Metadata } from "next";
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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Customer" };

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const card = "rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5";
const h2 = "mb-3 text-sm font-semibold text-zinc-700";

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireStaffPage(`/admin/customers/${id}`);
  const customer = await getCustomer(id);
  if (!customer) notFound();
  const points = await getPointsOverview(customer.id);
  const canChangeRole = viewer.role === "admin" && viewer.id !== customer.id;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/customers" className="text-sm text-zinc-700 underline">
        ← All customers
      </Link>
      <PageHeader title={customer.name || customer.email} description={`${customer.email} · joined ${date.format(customer.joinedAt)}`} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <section aria-labelledby="ltv" className={card}>
          <h2 id="ltv" className={h2}>
            Lifetime value
          </h2>
          <p className="text-2xl font-bold tabular-nums">{formatMoney({ amount: customer.lifetimeValue, currency: customer.currency })}</p>
          <p className="text-sm text-zinc-600">Paid orders, less refunded and cancelled ones</p>
        </section>
        <section aria-labelledby="orders-count" className={card}>
          <h2 id="orders-count" className={h2}>
            Orders
          </h2>
          <p className="text-2xl font-bold tabular-nums">{customer.orderCount}</p>
        </section>
        <section aria-labelledby="points" className={card}>
          <h2 id="points" className={h2}>
            Loyalty points
          </h2>
          <p className="text-2xl font-bold tabular-nums">{points.balance}</p>
          <p className="text-sm text-zinc-600">Tier: {points.tier?.name ?? "none"}</p>
        </section>
      </div>

      <section aria-labelledby="tier" className={card}>
        <h2 id="tier" className={h2}>
          Member tier
        </h2>
        <TierSummary tier={points.tier} next={points.next} spend12m={points.spend12m} currency={customer.currency} who="the customer" />
      </section>

      <section aria-labelledby="points-history" className={`${card} flex flex-col gap-4`}>
        <h2 id="points-history" className={h2}>
          Points history
        </h2>
        <PointsAdjustmentForm userId={customer.id} />
        <PointsHistory
          entries={points.ledger}
          caption="This customer's points history, latest 50, newest first"
          orderHref={(n) => `/admin/orders/${n}`}
          showActor
        />
      </section>

      <section aria-labelledby="role" className={card}>
        <h2 id="role" className={h2}>
          Role
        </h2>
        {canChangeRole ? (
          <RoleForm userId={customer.id} role={customer.role} />
        ) : (
          <p className="flex items-center gap-2 text-sm">
            <RoleBadge role={customer.role} />
            <span className="text-zinc-600">
              {viewer.id === customer.id ? "This is your account: another admin can change your role." : "Only an admin can change roles."}
            </span>
          </p>
        )}
      </section>

      <section aria-labelledby="account" className={card}>
        <h2 id="account" className={h2}>
          Account
        </h2>
        {canChangeRole ? (
          <AccountControls userId={customer.id} disabled={customer.disabled} />
        ) : (
          <p className="text-sm text-zinc-600">
            {customer.disabled ? "This account is disabled. " : ""}
            {viewer.id === customer.id
              ? "This is your account: another admin can disable it or end its sessions."
              : "Only an admin can disable an account or end its sessions."}
          </p>
        )}
      </section>

      <section aria-labelledby="orders" className={card}>
        <h2 id="orders" className={h2}>
          Order history
        </h2>
        {customer.orders.length === 0 ? (
          <p className="text-sm text-zinc-600">No orders yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <OrderTable orders={customer.orders} caption="This customer's orders, newest first" href={(n) => `/admin/orders/${n}`} />
          </div>
        )}
      </section>

      <section aria-labelledby="addresses" className={card}>
        <h2 id="addresses" className={h2}>
          Addresses
        </h2>
        {customer.addresses.length === 0 ? (
          <p className="text-sm text-zinc-600">No saved addresses.</p>
        ) : (
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {customer.addresses.map((a) => (
              <li key={a.id} className="rounded-lg border border-zinc-200 p-3">
                <PostalAddressView
                  address={a}
                  boldName
                  afterName={
                    a.isDefault ? <span className="ml-2 rounded-full bg-zinc-900 px-2 py-0.5 text-xs text-white">Default</span> : null
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
