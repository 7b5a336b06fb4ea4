import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money";
import type { AdminProductRow } from "@/lib/products/types";
import { DataTable } from "@/components/ui/data-table";

const STATUS_LOOK = {
  active: "bg-emerald-50 text-emerald-800",
  draft: "bg-amber-50 text-amber-800",
  archived: "bg-zinc-100 text-zinc-700",
} as const;

function priceRange(r: AdminProductRow, locale: string) {
  const min = formatMoney({ amount: r.priceMin, currency: r.currency }, locale);
  return r.priceMax > r.priceMin ? `${min} – ${formatMoney({ amount: r.priceMax, currency: r.currency }, locale)}` : min;
}

/** The products of one page of the list; each title links to its form. */
export function ProductTable({ rows }: { rows: AdminProductRow[] }) {
  const t = useTranslations("adminProducts");
  const locale = useLocale();
  return (
    <DataTable
      framed
      caption={t("table.caption")}
      bodyClassName="divide-y divide-zinc-100"
      columns={[
        t("table.product"),
        t("table.status"),
        t("table.category"),
        { label: t("table.price"), align: "right" },
        { label: t("table.stock"), align: "right" },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className="hover:bg-zinc-50">
          <td className="px-3 py-3">
            <div className="flex items-center gap-3">
              {r.image ? (
                <img src={r.image} alt="" width={40} height={40} className="h-10 w-10 shrink-0 rounded object-cover" />
              ) : (
                <span className="h-10 w-10 shrink-0 rounded bg-zinc-100" aria-hidden="true" />
              )}
              <div className="min-w-0">
                <Link href={`/admin/products/${r.id}`} className="font-medium text-zinc-900 hover:underline">
                  {r.title}
                </Link>
                <p className="truncate text-xs text-zinc-500">
                  {r.skus.slice(0, 3).join(", ")}
                  {r.skus.length > 3 ? t("table.more", { count: r.skus.length - 3 }) : ""}
                  {r.brand ? ` · ${r.brand}` : ""}
                </p>
              </div>
            </div>
          </td>
          <td className="px-3 py-3">
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_LOOK[r.status]}`}>{t(`status.${r.status}`)}</span>
          </td>
          <td className="px-3 py-3 text-zinc-700">{r.category}</td>
          <td className="px-3 py-3 text-right tabular-nums">{priceRange(r, locale)}</td>
          <td className={`px-3 py-3 text-right tabular-nums ${r.stock === 0 ? "font-medium text-rose-700" : ""}`}>
            {r.stock === 0 ? t("table.outOfStock") : r.stock}
            <span className="block text-xs text-zinc-500">{t("table.variants", { count: r.variantCount })}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
