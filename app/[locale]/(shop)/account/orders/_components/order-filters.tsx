import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SelectField, TextField } from "@/components/ui/field";
import { orderStatus } from "@/db/schema";
import { SHOPPER_ORDERS_PATH } from "@/lib/orders/shopper-list-params";

type Values = { q?: string; status?: string; from?: string; to?: string };

/** The shopper's order filters: a plain GET form, so every filter lives in the URL and works without JavaScript. */
export async function OrderFilters({ values }: { values: Values }) {
  const [t, status] = await Promise.all([getTranslations("accountOrders.filters"), getTranslations("orderStatus")]);
  return (
    <form
      method="get"
      action={SHOPPER_ORDERS_PATH}
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div className="sm:col-span-2">
        <TextField
          id="orders-q"
          name="q"
          label={t("search")}
          type="search"
          defaultValue={values.q}
          placeholder={t("placeholder")}
          className="text-sm"
        />
      </div>
      <SelectField id="orders-status" name="status" label={t("status")} defaultValue={values.status ?? ""} className="text-sm">
        <option value="">{t("any")}</option>
        {orderStatus.enumValues.map((s) => (
          <option key={s} value={s}>
            {status(s)}
          </option>
        ))}
      </SelectField>
      <TextField id="orders-from" name="from" label={t("from")} type="date" defaultValue={values.from} className="text-sm" />
      <TextField id="orders-to" name="to" label={t("to")} type="date" defaultValue={values.to} className="text-sm" />
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          {t("submit")}
        </button>
        <Link href={SHOPPER_ORDERS_PATH} className="text-sm underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
