import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ExportCsvButton } from "@/components/admin/export-csv-button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { requireStaffPage } from "@/lib/auth/staff";
import { storeCurrency } from "@/lib/settings/store";
import { orderFilterQuery, orderListHref, parseOrderListParams, type RawOrderParams } from "@/lib/orders/list-params";
import { countOrdersAwaitingReview, listOrdersForStaff } from "@/lib/orders/queries/staff";
import { OrderFilters } from "./_components/order-filters";
import { OrderListTable } from "./_components/order-list-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrders"))("title") };
}

type Props = { searchParams: Promise<RawOrderParams> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requireStaffPage("/admin/orders");
  const params = await searchParams;
  const [currency, t, locale] = await Promise.all([storeCurrency(), getTranslations("adminOrders"), getLocale()]);
  const filter = parseOrderListParams(params, currency);
  const [result, awaitingReview] = await Promise.all([listOrdersForStaff(filter), countOrdersAwaitingReview()]);
  const filtered = ["q", "status", "from", "to", "min", "max"].some((k) => one(params[k]));
  return (
    <>
      <PageHeader title={t("title")} description={t("count", { count: result.total, filtered: filtered ? "yes" : "no", currency })}>
        <ExportCsvButton report="orders" filters={Object.fromEntries(new URLSearchParams(orderFilterQuery(params)))} />
      </PageHeader>
      {awaitingReview > 0 && filter.status !== "awaiting_review" && (
        <p className="mb-4 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">
          <Link href="/admin/orders?status=awaiting_review" className="font-medium underline">
            {t("awaitingReview", { count: awaitingReview })}
          </Link>
          {t("awaitingReviewHint")}
        </p>
      )}
      <OrderFilters
        currency={currency}
        values={{
          q: one(params.q),
          status: filter.status,
          from: one(params.from),
          to: one(params.to),
          min: one(params.min),
          max: one(params.max),
        }}
      />
      {result.rows.length === 0 ? (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-600">
          {filtered ? t("noneMatch") : t("none")}
        </p>
      ) : (
        <OrderListTable rows={result.rows} locale={locale} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => orderListHref(params, p)} />
    </>
  );
}
