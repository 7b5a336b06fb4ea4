import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money";
import type { CustomerSummary } from "@/lib/customers/queries";
import { RoleBadge } from "./role-badge";
import { DataTable } from "@/components/ui/data-table";
import { formatJoined } from "./joined-date";

/** Accounts with their orders and lifetime value; the name links to the customer's page. */
export async function CustomerTable({ customers }: { customers: CustomerSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("adminCustomers.table"), getLocale()]);
  return (
    <DataTable
      framed
      caption={t("caption")}
      className="min-w-[44rem]"
      columns={[
        t("name"),
        t("email"),
        { label: t("orders"), align: "right" },
        { label: t("lifetimeValue"), align: "right" },
        t("joined"),
        t("role"),
      ]}
    >
      {customers.map((c) => (
        <tr key={c.id} className="border-b border-zinc-100 last:border-0 hover:bg-zinc-50">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/admin/customers/${c.id}`} className="underline hover:text-zinc-600">
              {c.name || t("noName")}
            </Link>
          </th>
          <td className="px-3 py-2">{c.email}</td>
          <td className="px-3 py-2 text-right tabular-nums">{c.orderCount}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney({ amount: c.lifetimeValue, currency: c.currency }, locale)}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={c.joinedAt.toISOString()}>{formatJoined(c.joinedAt, locale)}</time>
          </td>
          <td className="px-3 py-2">
            <RoleBadge role={c.role} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
