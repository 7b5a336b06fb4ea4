import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { promotionWords } from "@/components/admin/promotions/describe";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/money";
import { setFlashSaleStateAction } from "@/lib/promotions/admin/actions";
import type { FlashSaleView } from "@/lib/promotions/admin/queries";
import { flashSaleStatus } from "@/lib/promotions/admin/status";

/** Flash sales with their variant, sale price against the price, units sold of the cap (as of this page load), and status. */
export async function FlashSaleTable({ sales, now }: { sales: FlashSaleView[]; now: Date }) {
  const [t, table, words] = await Promise.all([
    getTranslations("adminPromotions.flashTable"),
    getTranslations("adminPromotions.table"),
    promotionWords(),
  ]);
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, words.locale);
  return (
    <DataTable
      framed
      caption={t("caption")}
      className="min-w-[56rem]"
      rowCount={sales.length}
      empty={t("empty")}
      columns={[
        "SKU",
        t("product"),
        { label: t("salePrice"), align: "right" },
        { label: t("sold"), align: "right" },
        { label: t("perCustomer"), align: "right" },
        table("status"),
        table("window"),
        { label: table("actions"), srOnly: true },
      ]}
    >
      {sales.map((s) => {
        const status = flashSaleStatus(s, now);
        return (
          <tr key={s.id} className="border-b border-zinc-100 align-top last:border-0">
            <th scope="row" className="px-3 py-2 font-mono text-xs font-medium">
              {s.sku}
            </th>
            <td className="px-3 py-2">
              <Link href={`/p/${s.productSlug}`} className="underline hover:text-zinc-600">
                {s.productTitle}
              </Link>
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
              {money(s.salePrice, s.currency)}{" "}
              <s className="text-zinc-500" aria-label={t("insteadOf", { price: money(s.price, s.currency) })}>
                {money(s.price, s.currency)}
              </s>
            </td>
            <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
              {words.number(s.soldCount)} / {words.number(s.quantityCap)}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{words.number(s.perCustomerLimit)}</td>
            <td className="px-3 py-2">
              <StatusBadge status={status} />
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{words.window(s.startsAt, s.endsAt)}</td>
            <td className="px-3 py-2">
              <StateActions id={s.id} status={status} action={setFlashSaleStateAction} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
