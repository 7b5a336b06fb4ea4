import { useTranslations } from "next-intl";
import type { RowIssue } from "@/lib/products/csv/row-schema";
import { DataTable } from "@/components/ui/data-table";

/** The rows an import refused: where each is, its SKU, what is wrong and what to do. */
export function ImportReport({ issues }: { issues: RowIssue[] }) {
  const t = useTranslations("adminProducts.import");
  if (!issues.length) return null;
  return (
    <section aria-labelledby="report-heading" className="rounded-xl border border-rose-200 bg-white p-4">
      <h2 id="report-heading" className="mb-2 text-lg font-semibold text-rose-900">
        {t("reportHeading", { count: new Set(issues.map((i) => i.row)).size })}
      </h2>
      <p className="mb-3 text-sm text-zinc-700">{t("reportHint")}</p>
      <DataTable
        caption={t("reportCaption")}
        bodyClassName="divide-y divide-zinc-100 align-top"
        columns={[t("row"), t("sku"), t("problem"), t("fix")]}
      >
        {issues.map((i, n) => (
          <tr key={`${i.row}-${n}`}>
            <td className="py-2 pr-4 tabular-nums">{i.row}</td>
            <td className="py-2 pr-4 font-mono text-xs">{i.sku || "—"}</td>
            <td className="py-2 pr-4 text-rose-800">{i.problem}</td>
            <td className="py-2 text-zinc-700">{i.fix}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
