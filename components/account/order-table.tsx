import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import type { OrderSummary } from "@/lib/orders/queries";
import { formatMoney, intlLocale } from "@/lib/money";
import { DataTable } from "@/components/ui/data-table";

/**
 * Orders: number (linking to the order, the shopper's page unless `href` says otherwise), date, status and total,
 * and with `action` a last column of what the row offers (e.g. Buy again). In the page's language.
 */
export async function OrderTable({
  orders,
  caption,
  href = (n) => `/orders/${n}`,
  action,
}: {
  orders: OrderSummary[];
  caption: string;
  href?: (number: string) => string;
  action?: { label: string; render: (number: string) => ReactNode };
}) {
  const [t, status, locale] = await Promise.all([getTranslations("accountOrders.table"), getTranslations("orderStatus"), getLocale()]);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium" });
  const columns = [t("order"), t("date"), t("status"), { label: t("total"), align: "right" as const }];
  return (
    <DataTable caption={caption} columns={action ? [...columns, { label: action.label, align: "right" as const, srOnly: true }] : columns}>
      {orders.map((o) => (
        <tr key={o.number} className="border-b border-zinc-100">
          <th scope="row" className="py-2 pr-4 font-medium">
            <Link href={href(o.number)} className="underline hover:text-zinc-600">
              {o.number}
            </Link>
          </th>
          <td className="py-2 pr-4">
            <time dateTime={o.createdAt.toISOString()}>{date.format(o.createdAt)}</time>
          </td>
          <td className="py-2 pr-4">{status(o.status)}</td>
          <td className="py-2 text-right tabular-nums">{formatMoney({ amount: o.total, currency: o.currency }, locale)}</td>
          {action && <td className="py-2 pl-4 text-right">{action.render(o.number)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
