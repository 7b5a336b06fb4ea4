import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { DashboardCard, DashboardMetric } from "@/components/admin/dashboard-card";
import { DashboardChange } from "@/components/admin/dashboard-change";
import { ExportCsvLink } from "@/components/admin/export-csv-link";
import { formatCount, formatDays, money } from "@/components/admin/dashboard-format";
import { DashboardFunnel } from "@/components/admin/dashboard-funnel";
import { DiscountSummary, PromotionRevenueTable } from "@/components/admin/dashboard-promotions";
import { DashboardRangePicker } from "@/components/admin/dashboard-range-picker";
import { DashboardSalesChart } from "@/components/admin/dashboard-sales-chart";
import { LatestOrdersTable, LowStockTable, TopProductsTable } from "@/components/admin/dashboard-tables";
import { PageHeader } from "@/components/admin/page-header";
import { FormError } from "@/components/ui/form-messages";
import { getDashboard } from "@/lib/analytics/queries";
import { average, bucketUnit, parseRangeParams, previousPeriod, salesBuckets } from "@/lib/analytics/range";
import { requireStaffPage } from "@/lib/auth/staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  await requireStaffPage("/admin");
  const { range, preset, error } = parseRangeParams(await searchParams, new Date());
  const d = await getDashboard(range);
  const { current: now, previous: before, currency } = d;
  const prev = previousPeriod(range);
  const days = range.days;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeader
          title="Dashboard"
          description={`${formatDays(range.from, range.to)} (UTC), compared with ${formatDays(prev.from, prev.to)}`}
        >
          <ExportCsvLink href={`/admin/reports/daily?${new URLSearchParams({ from: range.from, to: range.to })}`} />
        </PageHeader>
        <DashboardRangePicker range={range} preset={preset} />
      </div>
      <FormError>{error}</FormError>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <DashboardMetric
          id="m-revenue"
          title="Revenue"
          value={money(now.revenue, currency)}
          detail={`${money(now.revenue - now.refundAmount, currency)} after refunds`}
        >
          <DashboardChange current={now.revenue} previous={before.revenue} days={days} />
        </DashboardMetric>
        <DashboardMetric id="m-orders" title="Orders" value={formatCount(now.orders)}>
          <DashboardChange current={now.orders} previous={before.orders} days={days} />
        </DashboardMetric>
        <DashboardMetric id="m-aov" title="Average order value" value={money(average(now.revenue, now.orders), currency)}>
          <DashboardChange current={average(now.revenue, now.orders)} previous={average(before.revenue, before.orders)} days={days} />
        </DashboardMetric>
        <DashboardMetric
          id="m-refunds"
          title="Refunds"
          value={money(now.refundAmount, currency)}
          detail={`${formatCount(now.refunds)} ${now.refunds === 1 ? "refund" : "refunds"}, whole or partial`}
        >
          <DashboardChange current={now.refundAmount} previous={before.refundAmount} days={days} higherIsBetter={false} />
        </DashboardMetric>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <DashboardCard id="c-sales" title={`Sales per ${bucketUnit(range)}`} className="lg:col-span-2">
          <DashboardSalesChart buckets={salesBuckets(range, d.daily)} unit={bucketUnit(range)} currency={currency} />
        </DashboardCard>
        <DashboardCard id="c-conversion" title="Conversion">
          <DashboardFunnel current={now} previous={before} days={days} />
        </DashboardCard>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <DashboardCard id="c-discounts" title="Discounts">
          <DiscountSummary discounts={d.discounts} currency={currency} />
        </DashboardCard>
        <DashboardCard
          id="c-promotions"
          title="Revenue per promotion"
          className="lg:col-span-2"
          action={
            <Link href="/admin/promotions" className="text-sm text-zinc-700 underline hover:text-zinc-950">
              Open promotions
            </Link>
          }
        >
          <PromotionRevenueTable rows={d.promotionRevenue} currency={currency} />
        </DashboardCard>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <DashboardCard id="c-top" title="Top products">
          <TopProductsTable products={d.topProducts} currency={currency} />
        </DashboardCard>
        <DashboardCard
          id="c-low"
          title={`Low stock${d.lowStock.total ? ` (${d.lowStock.total})` : ""}`}
          action={
            <Link href="/admin/inventory" className="text-sm text-zinc-700 underline hover:text-zinc-950">
              Open inventory
            </Link>
          }
        >
          <LowStockTable variants={d.lowStock.variants} />
        </DashboardCard>
      </div>

      <DashboardCard
        id="c-latest"
        title="Latest orders"
        action={
          <Link href="/admin/orders" className="text-sm text-zinc-700 underline hover:text-zinc-950">
            All orders
          </Link>
        }
      >
        <LatestOrdersTable orders={d.latestOrders} />
      </DashboardCard>
    </div>
  );
}
