import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { CustomerSummary } from "@/lib/customers/queries";
import { RoleBadge } from "./role-badge";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const th = "py-2 pr-4 font-medium";

/** Accounts with their orders and lifetime value; the name links to the customer's page. */
export function CustomerTable({ customers }: { customers: CustomerSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Customers, newest first</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className={`${th} pl-4`}>
              Name
            </th>
            <th scope="col" className={th}>
              E-mail
            </th>
            <th scope="col" className={`${th} text-right`}>
              Orders
            </th>
            <th scope="col" className={`${th} text-right`}>
              Lifetime value
            </th>
            <th scope="col" className={th}>
              Joined
            </th>
            <th scope="col" className={th}>
              Role
            </th>
          </tr>
        </thead>
        <tbody>
          {customers.map((c) => (
            <tr key={c.id} className="border-b border-zinc-100 last:border-0 hover:bg-zinc-50">
              <th scope="row" className="py-2 pl-4 pr-4 font-medium">
                <Link href={`/admin/customers/${c.id}`} className="underline hover:text-zinc-600">
                  {c.name || "(no name)"}
                </Link>
              </th>
              <td className="py-2 pr-4">{c.email}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{c.orderCount}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatMoney({ amount: c.lifetimeValue, currency: c.currency })}</td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={c.joinedAt.toISOString()}>{date.format(c.joinedAt)}</time>
              </td>
              <td className="py-2 pr-4">
                <RoleBadge role={c.role} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
