import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { InventoryRow } from "@/lib/inventory/queries";
import { QuickAdjustForm } from "./quick-adjust-form";
import { DataTable } from "@/components/ui/data-table";

/** Variants with stock and threshold, low ones marked, each with its adjustment form. */
export function InventoryTable({ rows }: { rows: InventoryRow[] }) {
  const t = useTranslations("adminInventory.table");
  return (
    <DataTable
      framed
      caption={t("caption")}
      columns={[t("product"), t("sku"), { label: t("stock"), align: "right" }, { label: t("threshold"), align: "right" }, t("adjust")]}
    >
      {rows.map((r) => (
        <tr key={r.variantId} className="border-b border-zinc-100 align-top last:border-0">
          <th scope="row" className="min-w-48 px-3 py-2 font-medium">
            <Link href={`/admin/inventory/${r.variantId}`} className="underline hover:text-zinc-600">
              {r.productTitle}
            </Link>
            {r.variantTitle && <span className="block font-normal text-zinc-600">{r.variantTitle}</span>}
            {r.productStatus !== "active" && (
              <span className="block text-xs font-normal uppercase text-zinc-500">{t(`productStatus.${r.productStatus}`)}</span>
            )}
          </th>
          <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{r.sku}</td>
          <td className="px-3 py-2 text-right tabular-nums">
            <span className={r.low ? "font-semibold text-rose-800" : ""}>{r.stock}</span>
            {r.low && <span className="block text-xs text-rose-800">{r.stock === 0 ? t("soldOut") : t("lowStock")}</span>}
          </td>
          <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
            {r.threshold}
            {r.ownThreshold === null && <span className="block text-xs text-zinc-500">{t("storeDefault")}</span>}
          </td>
          <td className="px-3 py-2">
            <QuickAdjustForm variantId={r.variantId} sku={r.sku} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
