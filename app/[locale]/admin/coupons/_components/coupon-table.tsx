import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { promotionWords } from "@/components/admin/promotions/describe";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import type { PromotionRow } from "@/db/schema";
import { setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { promotionStatus } from "@/lib/promotions/admin/status";

/** Coupons with what they give, their status now, their uses and window, and Pause / Resume / End. */
export async function CouponTable({ coupons, currency, now }: { coupons: PromotionRow[]; currency: string; now: Date }) {
  const [t, columns, words] = await Promise.all([
    getTranslations("adminCoupons.table"),
    getTranslations("adminPromotions.table"),
    promotionWords(),
  ]);
  return (
    <DataTable
      framed
      caption={t("caption")}
      className="min-w-[52rem]"
      rowCount={coupons.length}
      empty={t("empty")}
      columns={[
        t("code"),
        columns("discount"),
        columns("status"),
        { label: columns("uses"), align: "right" },
        columns("window"),
        { label: columns("actions"), srOnly: true },
      ]}
    >
      {coupons.map((c) => {
        const status = promotionStatus(c, now);
        const used = words.number(c.usedCount);
        return (
          <tr key={c.id} className="border-b border-zinc-100 align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-mono font-medium">
              <Link href={`/admin/coupons/${c.id}`} className="underline hover:text-zinc-600">
                {c.code}
              </Link>
            </th>
            <td className="px-3 py-2">{words.promotion(c, currency)}</td>
            <td className="px-3 py-2">
              <StatusBadge status={status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
              {c.usageLimit === null ? t("usesNoLimit", { used }) : t("usesOfLimit", { used, limit: words.number(c.usageLimit) })}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{words.window(c.startsAt, c.endsAt)}</td>
            <td className="px-3 py-2">
              <StateActions id={c.id} status={status} action={setPromotionStateAction} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
