import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { InlineAction } from "@/components/admin/inline-action";
import type { ShippingMethodRow } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import { toggleShippingRateAction } from "@/lib/settings/actions";
import { DataTable } from "@/components/ui/data-table";

/** The shipping rates, in checkout order, with edit and (de)activate. Prices are in the store currency. */
export async function ShippingRates({ rates, currency }: { rates: ShippingMethodRow[]; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("adminSettings.rates"), getLocale()]);
  return (
    <DataTable
      framed
      caption={t("caption")}
      rowCount={rates.length}
      empty={t("empty")}
      columns={[t("name"), t("price"), t("freeOver"), t("delivery"), t("status"), { label: t("actions"), srOnly: true }]}
    >
      {rates.map((r) => (
        <tr key={r.id} className="border-t border-zinc-100 align-middle">
          <th scope="row" className="px-3 py-2 font-medium">
            {r.name} <span className="font-normal text-zinc-500">({r.code})</span>
            {r.description && <span className="block font-normal text-zinc-600">{r.description}</span>}
          </th>
          <td className="px-3 py-2">{formatMoney({ amount: r.price, currency }, locale)}</td>
          <td className="px-3 py-2">{r.freeOver === null ? "—" : formatMoney({ amount: r.freeOver, currency }, locale)}</td>
          <td className="px-3 py-2">
            {r.minDays === r.maxDays ? t("daysExact", { days: r.maxDays }) : t("days", { min: r.minDays, max: r.maxDays })}
          </td>
          <td className="px-3 py-2">{r.active ? t("offered") : t("inactive")}</td>
          <td className="px-3 py-2">
            <div className="flex flex-wrap items-center justify-end gap-2">
              <Link href={`/admin/settings/shipping/${r.id}`} aria-label={t("editRate", { name: r.name })} className="underline">
                {t("edit")}
              </Link>
              <InlineAction
                action={toggleShippingRateAction}
                fields={{ id: String(r.id), active: r.active ? "false" : "true" }}
                label={r.active ? t("deactivate") : t("activate")}
              />
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
