import { useTranslations } from "next-intl";

/** "Export CSV" for a back-office list: a plain link to the route that streams the file (a download, not client navigation). */
export function ExportCsvLink({ href, label }: { href: string; label?: string }) {
  const t = useTranslations("adminShared");
  return (
    <a
      href={href}
      download
      className="rounded-full border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100"
    >
      {label ?? t("exportCsv")}
    </a>
  );
}
