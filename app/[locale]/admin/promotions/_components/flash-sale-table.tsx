import { Link } from "@/lib/i18n/navigation";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/money";
import { setFlashSaleStateAction } from "@/lib/promotions/admin/actions";
import { describeWindow } from "@/lib/promotions/admin/describe";
import type { FlashSaleView } from "@/lib/promotions/admin/queries";
import { flashSaleStatus } from "@/lib/promotions/admin/status";

/** Flash sales with their variant, sale price against the price, units sold of the cap (as of this page load), and status. */
export function FlashSaleTable({ sales, now }: { sales: FlashSaleView[]; now: Date }) {
  return (
    <DataTable
      framed
      caption="Flash sales, latest end first"
      className="min-w-[56rem]"
      rowCount={sales.length}
      empty="No flash sales yet: create one with New flash sale."
      columns={[
        "SKU",
        "Product",
        { label: "Sale price", align: "right" },
        { label: "Sold", align: "right" },
        { label: "Per customer", align: "right" },
        "Status",
        "Window",
        { label: "Actions", srOnly: true },
      ]}
    >
      {sales.map((s) => {
        const status = flashSaleStatus(s, now);
        return (
          <tr key={s.id} className="border-b border-zinc-100 align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-mono text-xs font-medium">
              {s.sku}
            </th>
            <td className="px-3 py-2">
              <Link href={`/p/${s.productSlug}`} className="underline hover:text-zinc-600">
                {s.productTitle}
              </Link>
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
              {formatMoney({ amount: s.salePrice, currency: s.currency })}{" "}
              <s className="text-zinc-500" aria-label={`instead of ${formatMoney({ amount: s.price, currency: s.currency })}`}>
                {formatMoney({ amount: s.price, currency: s.currency })}
              </s>
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
              {s.soldCount} / {s.quantityCap}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{s.perCustomerLimit}</td>
            <td className="px-3 py-2">
              <StatusBadge status={status} />
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{describeWindow(s.startsAt, s.endsAt)}</td>
            <td className="px-3 py-2">
              <StateActions id={s.id} status={status} action={setFlashSaleStateAction} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
