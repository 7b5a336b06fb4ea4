import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import type { StockReason } from "@/db/schema";
import type { LedgerRow } from "@/lib/inventory/queries";
import { DataTable } from "@/components/ui/data-table";

const REASONS: Record<StockReason, string> = {
  initial: "Initial stock",
  received: "Received",
  correction: "Correction",
  stocktake: "Stocktake",
  damaged: "Damaged",
  order: "Order",
  cancel: "Order cancelled",
  refund: "Refund restock",
  return: "Return",
  exchange: "Exchange sent",
};

/** The variant's ledger, newest first: when, change, stock after, why, who, which order. */
export function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  return (
    <DataTable
      caption="Stock history, newest first"
      rowCount={rows.length}
      empty="No stock movements yet."
      columns={["When", { label: "Change", align: "right" }, { label: "Stock after", align: "right" }, "Reason", "Who", "Order", "Note"]}
    >
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
    </DataTable>
  );
}
