import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { DataTable } from "@/components/ui/data-table";
import type { ExportSummary } from "@/lib/exports/queries";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { intlLocale } from "@/lib/money";
import { exportFilterWords, fileSize } from "./export-words";

const STATUS_STYLE: Record<ExportSummary["status"], string> = {
  queued: "bg-zinc-100 text-zinc-800",
  preparing: "bg-amber-100 text-amber-900",
  ready: "bg-emerald-100 text-emerald-900",
  failed: "bg-rose-100 text-rose-900",
};

/** The recent exports: what, who, when, status (with the reason of a failure), rows, size and the file. */
export async function ExportsTable({ exports }: { exports: ExportSummary[] }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("adminExports"), getTranslations("orderStatus"), getLocale()]);
  const number = new Intl.NumberFormat(intlLocale(locale));
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        t("columns.export"),
        t("columns.requestedBy"),
        t("columns.requested"),
        t("columns.status"),
        { label: t("columns.rows"), align: "right" },
        { label: t("columns.size"), align: "right" },
        t("columns.file"),
      ]}
      rowCount={exports.length}
      empty={t("empty")}
      framed
    >
      {exports.map((e) => (
        <tr key={e.id} className="border-b border-zinc-100 align-top last:border-0">
          <td className="px-3 py-2">
            {/* Spaces between the parts, in the row's text too: "Orders #3 2026-12-01…", never "#32026-12-01…". */}
            <span className="font-medium">{t(`reports.${e.report}`)}</span>{" "}
            <span className="text-zinc-500">{t("number", { id: e.id })}</span>{" "}
            <span className="block text-zinc-600">{exportFilterWords(e.report, e.params, t, tStatus)}</span>
          </td>
          <td className="px-3 py-2">{e.requestedBy ?? t("formerStaff")}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
          </td>
          <td className="max-w-sm px-3 py-2">
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[e.status]}`}>{t(`status.${e.status}`)}</span>
            {e.error && (
              <span className="mt-1 block text-xs break-words text-zinc-700">
                {e.status === "failed" ? t("failedBecause", { error: e.error }) : t("retrying", { error: e.error })}
              </span>
            )}
          </td>
          <td className="px-3 py-2 text-right tabular-nums">{e.rows === null ? "" : number.format(e.rows)}</td>
          <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
            {e.bytes === null ? "" : fileSize(e.bytes, intlLocale(locale))}
          </td>
          <td className="px-3 py-2">
            {e.status === "ready" && (
              // A file download from a route handler: a plain link, not client navigation.
              <a
                href={localizePath(`/admin/exports/${e.id}/download`, locale as Locale)}
                download={e.filename}
                className="font-medium underline"
              >
                {t("download")}
              </a>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
