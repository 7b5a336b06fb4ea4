import { ExportCsvButton } from "@/components/admin/export-csv-button";
import type { ExportReport } from "@/db/schema";

type Item = { report: ExportReport; title: string; description: string; filters: Record<string, string | undefined>; link: string };

/** The reports, each with what it holds and its export button for the chosen range. */
export function ReportList({ items }: { items: Item[] }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {items.map((item) => (
        <li key={item.report} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4">
          <div>
            <h2 className="font-semibold">{item.title}</h2>
            <p className="mt-1 text-sm text-zinc-600">{item.description}</p>
          </div>
          <div>
            <ExportCsvButton report={item.report} filters={item.filters} label={item.link} />
          </div>
        </li>
      ))}
    </ul>
  );
}
