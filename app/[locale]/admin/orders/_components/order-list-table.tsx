import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { formatMoney } from "@/lib/money";
import type { StaffOrderRow } from "@/lib/orders/queries/staff";
import { StatusBadge } from "./status-badge";
import { DataTable } from "@/components/ui/data-table";

/** The matching orders, newest first, each number linking to its detail page. */
export function OrderListTable({ rows, locale }: { rows: StaffOrderRow[]; locale: string }) {
  const t = useTranslations("adminOrders.table");
  return (
    <DataTable
      framed
      caption={t("caption")}
      columns={[
        t("order"),
        t("placed"),
        t("customer"),
        t("status"),
        { label: t("items"), align: "right" },
        { label: t("total"), align: "right" },
      ]}
    >
      {rows.map((o) => (
        <tr key={o.number} className="border-b border-zinc-100 last:border-0">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/admin/orders/${o.number}`} className="underline hover:text-zinc-600">
              {o.number}
            </Link>
          </th>
          <td className="whitespace-nowrap px-3 py-2">
            <time dateTime={o.createdAt.toISOString()}>{formatDateTime(o.createdAt)}</time>
          </td>
          <td className="px-3 py-2">
            <span className="block">{o.shipName}</span>
            <span className="block break-all text-zinc-600">{o.email}</span>
          </td>
          <td className="px-3 py-2">
            <StatusBadge status={o.status} />
          </td>
          <td className="px-3 py-2 text-right tabular-nums">{o.itemCount}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney({ amount: o.total, currency: o.currency }, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
