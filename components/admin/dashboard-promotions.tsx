import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/ui/data-table";
import type { DiscountSource } from "@/db/schema";
import type { DiscountTotals, PromotionRevenue } from "@/lib/analytics/queries";
import { formatCount, money } from "./dashboard-format";

// messages: adminDashboard.discounts.source.*
const SOURCES = Object.keys({ flash_sale: 1, member: 1, automatic: 1, coupon: 1, points: 1 } satisfies Record<
  DiscountSource,
  1
>) as DiscountSource[];
const td = "py-2 pr-4";

/** The discounts given on the period's paid orders: the total, how many orders had one, and the split by kind. */
export async function DiscountSummary({ discounts, currency }: { discounts: DiscountTotals; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("adminDashboard.discounts"), getLocale()]);
  const parts = SOURCES.filter((s) => discounts.bySource[s]);
  return (
    <>
      <p className="text-2xl font-bold tabular-nums tracking-tight sm:text-3xl">{money(discounts.total, currency, locale)}</p>
      <p className="-mt-2 text-sm text-zinc-600">{t("onOrders", { count: discounts.orders })}</p>
      {parts.length > 0 && (
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          {parts.map((s) => (
            <div key={s} className="contents">
              <dt className="text-zinc-600">{t(`source.${s}`)}</dt>
              <dd className="text-right tabular-nums">{money(discounts.bySource[s] ?? 0, currency, locale)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** Per promotion: the paid orders that used it, the discount it gave and those orders' revenue. */
export async function PromotionRevenueTable({ rows, currency }: { rows: PromotionRevenue[]; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("adminDashboard.promotions"), getLocale()]);
  return (
    <DataTable
      caption={t("caption")}
      rowCount={rows.length}
      empty={t("empty")}
      className="min-w-[28rem]"
      columns={[
        t("promotion"),
        { label: t("orders"), align: "right" },
        { label: t("discount"), align: "right" },
        { label: t("revenue"), align: "right", className: "pr-0" },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.promotionId} className="border-b border-zinc-100 last:border-0">
          <th scope="row" className={`${td} font-normal`}>
            <Link href={r.code ? `/admin/coupons/${r.promotionId}` : `/admin/promotions/${r.promotionId}`} className="hover:underline">
              {r.code ? t("coupon", { code: r.code }) : r.name}
            </Link>
          </th>
          <td className={`${td} text-right tabular-nums`}>{formatCount(r.orders, locale)}</td>
          <td className={`${td} text-right tabular-nums`}>{money(r.discount, currency, locale)}</td>
          <td className={`${td} pr-0 text-right tabular-nums`}>{money(r.revenue, currency, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
