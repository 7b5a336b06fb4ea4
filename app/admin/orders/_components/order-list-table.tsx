import Link from "next/link";
import { formatDateTime } from "@/app/(shop)/orders/[number]/_components/format";
import { formatMoney } from "@/lib/money";
import type { StaffOrderRow } from "@/lib/orders/queries/staff";
import { StatusBadge } from "./status-badge";

/** The matching orders, newest first, each number linking to its detail page. */
export function OrderListTable({ rows }: { rows: StaffOrderRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Order
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Placed
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Customer
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Items
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.number} className="border-b border-zinc-100 last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">
                <Link href={`/admin/orders/${o.number}`} className="underline hover:text-zinc-600">
                  {o.number}
                </Link>
              </th>
              <td className="whitespace-nowrap px-4 py-2">
                <time dateTime={o.createdAt.toISOString()}>{formatDateTime(o.createdAt)}</time>
              </td>
              <td className="px-4 py-2">
                <span className="block">{o.shipName}</span>
                <span className="block break-all text-zinc-600">{o.email}</span>
              </td>
              <td className="px-4 py-2">
                <StatusBadge status={o.status} />
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{o.itemCount}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatMoney({ amount: o.total, currency: o.currency })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
