import { Link } from "@/lib/i18n/navigation";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import type { PromotionRow } from "@/db/schema";
import { setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { describePromotion, describeWindow } from "@/lib/promotions/admin/describe";
import { promotionStatus } from "@/lib/promotions/admin/status";

/** Coupons with what they give, their status now, their uses and window, and Pause / Resume / End. */
export function CouponTable({ coupons, currency, now }: { coupons: PromotionRow[]; currency: string; now: Date }) {
  return (
    <DataTable
      framed
      caption="Coupons, newest first"
      className="min-w-[52rem]"
      rowCount={coupons.length}
      empty="No coupons yet: create one with New coupon."
      columns={["Code", "Discount", "Status", { label: "Uses", align: "right" }, "Window", { label: "Actions", srOnly: true }]}
    >
      {coupons.map((c) => {
        const status = promotionStatus(c, now);
        return (
          <tr key={c.id} className="border-b border-zinc-100 align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-mono font-medium">
              <Link href={`/admin/coupons/${c.id}`} className="underline hover:text-zinc-600">
                {c.code}
              </Link>
            </th>
            <td className="px-3 py-2">{describePromotion(c, currency)}</td>
            <td className="px-3 py-2">
              <StatusBadge status={status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
              {c.usageLimit === null ? `${c.usedCount} (no limit)` : `${c.usedCount} / ${c.usageLimit}`}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{describeWindow(c.startsAt, c.endsAt)}</td>
            <td className="px-3 py-2">
              <StateActions id={c.id} status={status} action={setPromotionStateAction} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
