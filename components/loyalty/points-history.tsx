import { Link } from "@/lib/i18n/navigation";
import type { PointsEntryKind } from "@/db/schema";
import { DataTable } from "@/components/ui/data-table";
import type { PointsEntry } from "@/lib/loyalty/queries";

const KIND_LABELS: Record<PointsEntryKind, string> = {
  earned: "Earned",
  redeemed: "Used",
  reversed: "Reversed",
  expired: "Expired",
  adjusted: "Adjusted",
};

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The points ledger, newest first: what changed, by how much, for which order, and when. */
export function PointsHistory({
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
  return (
    <DataTable
      caption={caption}
      rowCount={entries.length}
      empty="No points yet."
      columns={["Date", "Kind", { label: "Points", align: "right" }, "Order", "Details", ...(showActor ? ["By"] : [])]}
    >
      {entries.map((e) => (
        <tr key={e.id} className="border-t border-zinc-100 align-top">
          <td className="py-2 pr-4 whitespace-nowrap">
            <time dateTime={e.createdAt.toISOString()}>{date.format(e.createdAt)}</time>
          </td>
          <td className="py-2 pr-4">{KIND_LABELS[e.kind]}</td>
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
                Unspent points expire on <time dateTime={e.expiresAt.toISOString()}>{date.format(e.expiresAt)}</time>
              </span>
            )}
          </td>
          {showActor && <td className="py-2 pr-4">{e.actorName ?? "—"}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
