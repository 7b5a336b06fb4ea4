import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money";
import type { CustomerSummary } from "@/lib/customers/queries";
import { RoleBadge } from "./role-badge";
import { DataTable } from "@/components/ui/data-table";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** Accounts with their orders and lifetime value; the name links to the customer's page. */
export function CustomerTable({ customers }: { customers: CustomerSummary[] }) {
  return (
    <DataTable
      framed
      caption="Customers, newest first"
      className="min-w-[44rem]"
      columns={["Name", "E-mail", { label: "Orders", align: "right" }, { label: "Lifetime value", align: "right" }, "Joined", "Role"]}
    >
      {customers.map((c) => (
        <tr key={c.id} className="border-b border-zinc-100 last:border-0 hover:bg-zinc-50">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/admin/customers/${c.id}`} className="underline hover:text-zinc-600">
              {c.name || "(no name)"}
            </Link>
          </th>
          <td className="px-3 py-2">{c.email}</td>
          <td className="px-3 py-2 text-right tabular-nums">{c.orderCount}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney({ amount: c.lifetimeValue, currency: c.currency })}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={c.joinedAt.toISOString()}>{date.format(c.joinedAt)}</time>
          </td>
          <td className="px-3 py-2">
            <RoleBadge role={c.role} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
