import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DashboardCard, DashboardMetric } from "@/components/admin/dashboard-card";
import { DashboardChange } from "@/components/admin/dashboard-change";
import { ExportCsvButton } from "@/components/admin/export-csv-button";
import { formatCount, formatDays, money } from "@/components/admin/dashboard-format";
import { DashboardFunnel } from "@/components/admin/dashboard-funnel";
import { DiscountSummary, PromotionRevenueTable } from "@/components/admin/dashboard-promotions";
import { DashboardRangePicker } from "@/components/admin/dashboard-range-picker";
import { DashboardSalesChart } from "@/components/admin/dashboard-sales-chart";
import { LatestOrdersTable, LowStockTable, TopProductsTable } from "@/components/admin/dashboard-tables";
import { PageHeader } from "@/components/admin/page-header";
import { FormError } from "@/components/ui/form-messages";
import { RANGE_ERRORS } from "@/lib/analytics/messages";
import { getDashboard } from "@/lib/analytics/queries";
import { average, bucketUnit, parseRangeParams, previousPeriod, salesBuckets } from "@/lib/analytics/range";
import { requireStaffPage } from "@/lib/auth/staff";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { localizePath } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminDashboard"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await requireStaffPage("/admin");
  const { range, preset, error } = parseRangeParams(await searchParams, new Date());
  const [d, t, locale] = await Promise.all([getDashboard(range), getTranslations("adminDashboard"), requestLocale()]);
  const translateError = await knownMessageTranslator(locale, RANGE_ERRORS);
  const { current: now, previous: before, currency } = d;
  const prev = previousPeriod(range);
  const days = range.days;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeader
          title={t("title")}
          description={t("description", {
            range: formatDays(range.from, range.to, locale),
            previous: formatDays(prev.from, prev.to, locale),
          })}
        >
          <ExportCsvButton report="daily" filters={{ from: range.from, to: range.to }} />
        </PageHeader>
        <DashboardRangePicker range={range} preset={preset} action={localizePath("/admin", locale)} />
      </div>
      <FormError>{error && translateError(error)}</FormError>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <DashboardMetric
          id="m-revenue"
          title={t("metrics.revenue")}
          value={money(now.revenue, currency, locale)}
          detail={t("metrics.afterRefunds", { amount: money(now.revenue - now.refundAmount, currency, locale) })}
        >
          <DashboardChange current={now.revenue} previous={before.revenue} days={days} />
        </DashboardMetric>
        <DashboardMetric id="m-orders" title={t("metrics.orders")} value={formatCount(now.orders, locale)}>
          <DashboardChange current={now.orders} previous={before.orders} days={days} />
        </DashboardMetric>
        <DashboardMetric id="m-aov" title={t("metrics.averageOrder")} value={money(average(now.revenue, now.orders), currency, locale)}>
          <DashboardChange current={average(now.revenue, now.orders)} previous={average(before.revenue, before.orders)} days={days} />
        </DashboardMetric>
        <DashboardMetric
          id="m-refunds"
          title={t("metrics.refunds")}
          value={money(now.refundAmount, currency, locale)}
          detail={t("metrics.refundCount", { count: now.refunds })}
        >
          <DashboardChange current={now.refundAmount} previous={before.refundAmount} days={days} higherIsBetter={false} />
        </DashboardMetric>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <DashboardCard id="c-sales" title={t("cards.salesPer", { unit: bucketUnit(range) })} className="lg:col-span-2">
          <DashboardSalesChart buckets={salesBuckets(range, d.daily)} unit={bucketUnit(range)} currency={currency} />
        </DashboardCard>
        <DashboardCard id="c-conversion" title={t("cards.conversion")}>
          <DashboardFunnel current={now} previous={before} days={days} />
        </DashboardCard>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <DashboardCard id="c-discounts" title={t("cards.discounts")}>
          <DiscountSummary discounts={d.discounts} currency={currency} />
        </DashboardCard>
        <DashboardCard
          id="c-promotions"
          title={t("cards.promotions")}
          className="lg:col-span-2"
          action={
            <Link href="/admin/promotions" className="text-sm text-zinc-700 underline hover:text-zinc-950">
              {t("cards.openPromotions")}
            </Link>
          }
        >
          <PromotionRevenueTable rows={d.promotionRevenue} currency={currency} />
        </DashboardCard>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <DashboardCard id="c-top" title={t("cards.topProducts")}>
          <TopProductsTable products={d.topProducts} currency={currency} />
        </DashboardCard>
        <DashboardCard
          id="c-low"
          title={d.lowStock.total ? t("cards.lowStockCount", { count: String(d.lowStock.total) }) : t("cards.lowStock")}
          action={
            <Link href="/admin/inventory" className="text-sm text-zinc-700 underline hover:text-zinc-950">
              {t("cards.openInventory")}
            </Link>
          }
        >
          <LowStockTable variants={d.lowStock.variants} />
        </DashboardCard>
      </div>

      <DashboardCard
        id="c-latest"
        title={t("cards.latestOrders")}
        action={
          <Link href="/admin/orders" className="text-sm text-zinc-700 underline hover:text-zinc-950">
            {t("cards.allOrders")}
          </Link>
        }
      >
        <LatestOrdersTable orders={d.latestOrders} />
      </DashboardCard>
    </div>
  );
}
