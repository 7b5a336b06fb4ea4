import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { OrderTable } from "@/components/account/order-table";
import { Pagination } from "@/components/listing/pagination";
import { requireUser } from "@/lib/auth/session";
import type { RawOrderParams } from "@/lib/orders/list-params";
import { listShopperOrders } from "@/lib/orders/queries/shopper-list";
import { hasShopperFilters, parseShopperOrderParams, shopperOrderListHref } from "@/lib/orders/shopper-list-params";
import { BuyAgainButton } from "./_components/buy-again-button";
import { OrderFilters } from "./_components/order-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your orders" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AccountOrdersPage({ searchParams }: { searchParams: Promise<RawOrderParams> }) {
  const user = await requireUser("/account/orders");
  const params = await searchParams;
  const filter = parseShopperOrderParams(params);
  const result = await listShopperOrders(user.id, filter);
  const filtered = hasShopperFilters(params);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Orders</h1>
      <OrderFilters values={{ q: one(params.q), status: filter.status, from: one(params.from), to: one(params.to) }} />
      {result.rows.length > 0 ? (
        <OrderTable
          orders={result.rows}
          caption={`Your orders, newest first (${result.total})`}
          action={{ label: "Actions", render: (n) => <BuyAgainButton number={n} /> }}
        />
      ) : filtered || filter.page > 1 ? (
        <p role="status" className="text-zinc-600">
          No orders match these filters.
        </p>
      ) : (
        <p className="text-zinc-600">
          You have not ordered anything yet.{" "}
          <Link href="/" className="underline">
            Start shopping
          </Link>
        </p>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => shopperOrderListHref(params, p)} />
    </div>
  );
}
