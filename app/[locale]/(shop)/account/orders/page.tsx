import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountOrders"))("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AccountOrdersPage({ searchParams }: { searchParams: Promise<RawOrderParams> }) {
  const user = await requireUser("/account/orders");
  const params = await searchParams;
  const filter = parseShopperOrderParams(params);
  const result = await listShopperOrders(user.id, filter);
  const filtered = hasShopperFilters(params);
  const t = await getTranslations("accountOrders");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
      <OrderFilters values={{ q: one(params.q), status: filter.status, from: one(params.from), to: one(params.to) }} />
      {result.rows.length > 0 ? (
        <OrderTable
          orders={result.rows}
          caption={t("caption", { total: result.total })}
          action={{ label: t("actions"), render: (n) => <BuyAgainButton number={n} /> }}
        />
      ) : filtered || filter.page > 1 ? (
        <p role="status" className="text-zinc-600">
          {t("noMatch")}
        </p>
      ) : (
        <p className="text-zinc-600">
          {t("none")}{" "}
          <Link href="/" className="underline">
            {t("startShopping")}
          </Link>
        </p>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => shopperOrderListHref(params, p)} />
    </div>
  );
}
