import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import type { LedgerRow } from "@/lib/inventory/queries";
import { DataTable } from "@/components/ui/data-table";

/** The variant's ledger, newest first: when, change, stock after, why, who, which order. */
export function LedgerTable({ rows, locale }: { rows: LedgerRow[]; locale: string }) {
  const t = useTranslations("adminInventory");
  return (
    <DataTable
      caption={t("ledger.caption")}
      rowCount={rows.length}
      empty={t("ledger.empty")}
      columns={[
        t("ledger.when"),
        { label: t("ledger.change"), align: "right" },
        { label: t("ledger.stockAfter"), align: "right" },
        t("ledger.reason"),
        t("ledger.who"),
        t("ledger.order"),
        t("ledger.note"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className="border-b border-zinc-100">
          <td className="whitespace-nowrap py-2 pr-4">
            <time dateTime={r.at.toISOString()}>{formatDateTime(r.at, locale)}</time>
          </td>
          <td className={`py-2 pr-4 text-right tabular-nums ${r.delta < 0 ? "text-rose-800" : "text-emerald-800"}`}>
            {r.delta > 0 ? `+${r.delta}` : r.delta}
          </td>
          <td className="py-2 pr-4 text-right tabular-nums">{r.stockAfter}</td>
          <td className="py-2 pr-4">
            {/* messages: adminInventory.reason.* */}
            {t(`reason.${r.reason}`)}
          </td>
          <td className="py-2 pr-4">{r.actorName || r.actorEmail || (r.orderNumber ? t("ledger.guest") : "—")}</td>
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
