import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { promotionWords } from "@/components/admin/promotions/describe";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import type { PromotionRow } from "@/db/schema";
import { setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { promotionStatus } from "@/lib/promotions/admin/status";

/** Automatic promotions in the order they apply, with what they give, how they combine, status and uses. */
export async function PromotionTable({ promotions, currency, now }: { promotions: PromotionRow[]; currency: string; now: Date }) {
  const [t, words] = await Promise.all([getTranslations("adminPromotions.table"), promotionWords()]);
  return (
    <DataTable
      framed
      caption={t("caption")}
      className="min-w-[56rem]"
      rowCount={promotions.length}
      empty={t("empty")}
      columns={[
        t("name"),
        t("discount"),
        { label: t("priority"), align: "right" },
        t("stacking"),
        t("status"),
        { label: t("uses"), align: "right" },
        t("window"),
        { label: t("actions"), srOnly: true },
      ]}
    >
      {promotions.map((p) => {
        const status = promotionStatus(p, now);
        return (
          <tr key={p.id} className="border-b border-zinc-100 align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-medium">
              <Link href={`/admin/promotions/${p.id}`} className="underline hover:text-zinc-600">
                {p.name}
              </Link>
            </th>
            <td className="px-3 py-2">{words.promotion(p, currency)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{words.number(p.priority)}</td>
            <td className="px-3 py-2">{p.stackable ? t("stackable") : t("alone")}</td>
            <td className="px-3 py-2">
              <StatusBadge status={status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{words.number(p.usedCount)}</td>
            <td className="px-3 py-2 whitespace-nowrap">{words.window(p.startsAt, p.endsAt)}</td>
            <td className="px-3 py-2">
              <StateActions id={p.id} status={status} action={setPromotionStateAction} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
