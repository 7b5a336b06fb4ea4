import Link from "next/link";
import { formatDateTime } from "@/app/(shop)/orders/[number]/_components/format";
import type { StockReason } from "@/db/schema";
import type { LedgerRow } from "@/lib/inventory/queries";

const REASONS: Record<StockReason, string> = {
  initial: "Initial stock",
  received: "Received",
  correction: "Correction",
  stocktake: "Stocktake",
  damaged: "Damaged",
  order: "Order",
  cancel: "Order cancelled",
  refund: "Refund restock",
};

/** The variant's ledger, newest first: when, change, stock after, why, who, which order. */
export function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-600">No stock movements yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Stock history, newest first</caption>
        <thead className="border-b border-zinc-200 text-zinc-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              When
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Change
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Stock after
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Reason
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Who
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Order
            </th>
            <th scope="col" className="py-2 font-medium">
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-zinc-100">
              <td className="whitespace-nowrap py-2 pr-4">
                <time dateTime={r.at.toISOString()}>{formatDateTime(r.at)}</time>
              </td>
              <td className={`py-2 pr-4 text-right tabular-nums ${r.delta < 0 ? "text-rose-800" : "text-emerald-800"}`}>
                {r.delta > 0 ? `+${r.delta}` : r.delta}
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{r.stockAfter}</td>
              <td className="py-2 pr-4">{REASONS[r.reason]}</td>
              <td className="py-2 pr-4">{r.actorName || r.actorEmail || (r.orderNumber ? "Guest" : "—")}</td>
              <td className="py-2 pr-4">
                {r.orderNumber ? (
                  <Link href={`/admin/orders/${r.orderNumber}`} className="underline">
                    {r.orderNumber}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="py-2">{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
