import { useTranslations } from "next-intl";
import { InlineAction } from "@/components/admin/inline-action";
import type { ExportReport } from "@/db/schema";
import { requestExportAction } from "@/lib/exports/actions";

type Props = {
  report: ExportReport;
  /** The list's filters or the range, as their URLs write them (from, to, q, status, min, max, low); empty ones are left out. */
  filters?: Record<string, string | undefined>;
  label?: string;
};

/** "Export CSV" for a back-office list or report: asks for the export (prepared by a job) and opens the Exports page. */
export function ExportCsvButton({ report, filters = {}, label }: Props) {
  const t = useTranslations("adminShared");
  const fields: Record<string, string> = { report };
  for (const [name, value] of Object.entries(filters)) if (value) fields[name] = value;
  return <InlineAction action={requestExportAction} fields={fields} label={label ?? t("exportCsv")} />;
}
