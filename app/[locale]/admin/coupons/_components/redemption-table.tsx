import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DataTable } from "@/components/ui/data-table";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { formatMoney, intlLocale } from "@/lib/money";
import type { Redemption } from "@/lib/promotions/admin/queries";

/** A coupon's uses: the order, who, how much it took off, when, and whether the use was given back. */
export async function RedemptionTable({ redemptions }: { redemptions: Redemption[] }) {
  const [locale, t, columns] = await Promise.all([
    getLocale(),
    getTranslations("adminCoupons.redemptions"),
    getTranslations("adminPromotions.table"),
  ]);
  const when = new Intl.DateTimeFormat(locale === DEFAULT_LOCALE ? "en-GB" : intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <DataTable
      framed
      caption={t("caption")}
      className="min-w-[40rem]"
      rowCount={redemptions.length}
      empty={t("empty")}
      columns={[t("order"), t("customer"), { label: columns("discount"), align: "right" }, t("date"), t("use")]}
    >
      {redemptions.map((r) => (
        <tr key={r.orderNumber} className="border-b border-zinc-100 last:border-0">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/admin/orders/${r.orderNumber}`} className="underline hover:text-zinc-600">
              {r.orderNumber}
            </Link>
          </th>
          <td className="px-3 py-2">{r.email}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney({ amount: r.amount, currency: r.currency }, locale)}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)} UTC</time>
          </td>
          <td className="px-3 py-2">{r.releasedAt ? t("released", { date: when.format(r.releasedAt) }) : t("counted")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
