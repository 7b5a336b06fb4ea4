import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/money";
import type { Redemption } from "@/lib/promotions/admin/queries";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A coupon's uses: the order, who, how much it took off, when, and whether the use was given back. */
export function RedemptionTable({ redemptions }: { redemptions: Redemption[] }) {
  return (
    <DataTable
      framed
      caption="Redemptions of this coupon, newest first"
      className="min-w-[40rem]"
      rowCount={redemptions.length}
      empty="No order has used this coupon yet."
      columns={["Order", "Customer", { label: "Discount", align: "right" }, "Date", "Use"]}
    >
      {redemptions.map((r) => (
        <tr key={r.orderNumber} className="border-b border-zinc-100 last:border-0">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/admin/orders/${r.orderNumber}`} className="underline hover:text-zinc-600">
              {r.orderNumber}
            </Link>
          </th>
          <td className="px-3 py-2">{r.email}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney({ amount: r.amount, currency: r.currency })}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)} UTC</time>
          </td>
          <td className="px-3 py-2">{r.releasedAt ? `Released ${when.format(r.releasedAt)} UTC (order cancelled)` : "Counted"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
