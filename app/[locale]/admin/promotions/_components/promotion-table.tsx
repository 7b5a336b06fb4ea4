import { Link } from "@/lib/i18n/navigation";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import type { PromotionRow } from "@/db/schema";
import { setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { describePromotion, describeWindow } from "@/lib/promotions/admin/describe";
import { promotionStatus } from "@/lib/promotions/admin/status";

/** Automatic promotions in the order they apply, with what they give, how they combine, status and uses. */
export function PromotionTable({ promotions, currency, now }: { promotions: PromotionRow[]; currency: string; now: Date }) {
  return (
    <DataTable
      framed
      caption="Automatic promotions, highest priority first"
      className="min-w-[56rem]"
      rowCount={promotions.length}
      empty="No automatic promotions yet: create one with New promotion."
      columns={[
        "Name",
        "Discount",
        { label: "Priority", align: "right" },
        "Stacking",
        "Status",
        { label: "Uses", align: "right" },
        "Window",
        { label: "Actions", srOnly: true },
      ]}
    >
      {promotions.map((p) => {
        const status = promotionStatus(p, now);
        return (
          <tr key={p.id} className="border-b border-zinc-100 align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-medium">
              <Link href={`/admin/promotions/${p.id}`} className="underline hover:text-zinc-600">
                {p.name}
              </Link>
            </th>
            <td className="px-3 py-2">{describePromotion(p, currency)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{p.priority}</td>
            <td className="px-3 py-2">{p.stackable ? "Stackable" : "Alone"}</td>
            <td className="px-3 py-2">
              <StatusBadge status={status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{p.usedCount}</td>
            <td className="px-3 py-2 whitespace-nowrap">{describeWindow(p.startsAt, p.endsAt)}</td>
            <td className="px-3 py-2">
              <StateActions id={p.id} status={status} action={setPromotionStateAction} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
