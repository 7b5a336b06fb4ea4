import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/ui/data-table";
import type { DiscountSource } from "@/db/schema";
import type { DiscountTotals, PromotionRevenue } from "@/lib/analytics/queries";
import { formatCount, money } from "./dashboard-format";

const SOURCES: Record<DiscountSource, string> = {
  flash_sale: "Flash sales",
  member: "Member prices",
  automatic: "Automatic promotions",
  coupon: "Coupons",
  points: "Points",
};
const td = "py-2 pr-4";

/** The discounts given on the period's paid orders: the total, how many orders had one, and the split by kind. */
export function DiscountSummary({ discounts, currency }: { discounts: DiscountTotals; currency: string }) {
  const parts = (Object.keys(SOURCES) as DiscountSource[]).filter((s) => discounts.bySource[s]);
  return (
    <>
      <p className="text-2xl font-bold tabular-nums tracking-tight sm:text-3xl">{money(discounts.total, currency)}</p>
      <p className="-mt-2 text-sm text-zinc-600">
        on {formatCount(discounts.orders)} paid {discounts.orders === 1 ? "order" : "orders"}
      </p>
      {parts.length > 0 && (
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          {parts.map((s) => (
            <div key={s} className="contents">
              <dt className="text-zinc-600">{SOURCES[s]}</dt>
              <dd className="text-right tabular-nums">{money(discounts.bySource[s] ?? 0, currency)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** Per promotion: the paid orders that used it, the discount it gave and those orders' revenue. */
export function PromotionRevenueTable({ rows, currency }: { rows: PromotionRevenue[]; currency: string }) {
  return (
    <DataTable
      caption="Revenue per promotion in this period, most discount first"
      rowCount={rows.length}
      empty="No promotion was used on an order paid in this period."
      className="min-w-[28rem]"
      columns={[
        "Promotion",
        { label: "Orders", align: "right" },
        { label: "Discount given", align: "right" },
        { label: "Revenue", align: "right", className: "pr-0" },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.promotionId} className="border-b border-zinc-100 last:border-0">
          <th scope="row" className={`${td} font-normal`}>
            <Link href={r.code ? `/admin/coupons/${r.promotionId}` : `/admin/promotions/${r.promotionId}`} className="hover:underline">
              {r.code ? `Coupon ${r.code}` : r.name}
            </Link>
          </th>
          <td className={`${td} text-right tabular-nums`}>{formatCount(r.orders)}</td>
          <td className={`${td} text-right tabular-nums`}>{money(r.discount, currency)}</td>
          <td className={`${td} pr-0 text-right tabular-nums`}>{money(r.revenue, currency)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
