import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { PointsEntryKind } from "@/db/schema";
import { DataTable } from "@/components/ui/data-table";
import type { PointsEntry } from "@/lib/loyalty/queries";

/** The points ledger, newest first: what changed, by how much, for which order, and when. */
export async function PointsHistory({
  entries,
  orderHref,
  caption,
  showActor = false,
}: {
  entries: PointsEntry[];
  orderHref: (number: string) => string;
  caption: string;
  showActor?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("loyalty"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const kind = (k: PointsEntryKind) => t(`kinds.${k}`);
  return (
    <DataTable
      caption={caption}
      rowCount={entries.length}
      empty={t("empty")}
      columns={[
        t("columns.date"),
        t("columns.kind"),
        { label: t("columns.points"), align: "right" },
        t("columns.order"),
        t("columns.details"),
        ...(showActor ? [t("columns.by")] : []),
      ]}
    >
      {entries.map((e) => (
        <tr key={e.id} className="border-t border-zinc-100 align-top">
          <td className="py-2 pr-4 whitespace-nowrap">
            <time dateTime={e.createdAt.toISOString()}>{date(e.createdAt)}</time>
          </td>
          <td className="py-2 pr-4">{kind(e.kind)}</td>
          <td className={`py-2 pr-4 text-right tabular-nums ${e.points < 0 ? "text-rose-700" : "text-emerald-800"}`}>
            {e.points > 0 ? `+${e.points}` : `−${-e.points}`}
          </td>
          <td className="py-2 pr-4">
            {e.orderNumber ? (
              <Link href={orderHref(e.orderNumber)} className="underline">
                {e.orderNumber}
              </Link>
            ) : (
              "—"
            )}
          </td>
          <td className="py-2 pr-4 text-zinc-700">
            {e.reason}
            {e.expiresAt && e.kind === "earned" && (
              <span className="block text-xs text-zinc-500">
                {t("expiresOn")} <time dateTime={e.expiresAt.toISOString()}>{date(e.expiresAt)}</time>
              </span>
            )}
          </td>
          {showActor && <td className="py-2 pr-4">{e.actorName ?? "—"}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
