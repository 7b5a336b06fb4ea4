import { useLocale, useTranslations } from "next-intl";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { SelectField, TextField } from "@/components/ui/field";
import { orderStatus } from "@/db/schema";

type Values = { q?: string; status?: string; from?: string; to?: string; min?: string; max?: string };

/** The order list's filters: a plain GET form, so every filter lives in the URL and works without JavaScript. */
export function OrderFilters({ values, currency }: { values: Values; currency: string }) {
  const t = useTranslations("adminOrders.filters");
  const status = useTranslations("orderStatus");
  const locale = useLocale() as Locale;
  return (
    <form
      method="get"
      action={localizePath("/admin/orders", locale)}
      role="search"
      aria-label={t("label")}
      className="mb-6 grid gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2">
        <TextField
          id="order-q"
          name="q"
          label={t("search")}
          type="search"
          defaultValue={values.q}
          placeholder={t("searchPlaceholder")}
          className="text-sm"
        />
      </div>
      <SelectField id="order-status" name="status" label={t("status")} defaultValue={values.status ?? ""} className="text-sm">
        <option value="">{t("anyStatus")}</option>
        {orderStatus.enumValues.map((s) => (
          <option key={s} value={s}>
            {status(s)}
          </option>
        ))}
      </SelectField>
      <TextField id="order-from" name="from" label={t("from")} type="date" defaultValue={values.from} className="text-sm" />
      <TextField id="order-to" name="to" label={t("to")} type="date" defaultValue={values.to} className="text-sm" />
      <div className="grid grid-cols-2 gap-2">
        <TextField
          id="order-min"
          name="min"
          label={t("minTotal")}
          inputMode="decimal"
          placeholder={currency}
          defaultValue={values.min}
          className="text-sm"
        />
        <TextField
          id="order-max"
          name="max"
          label={t("maxTotal")}
          inputMode="decimal"
          placeholder={currency}
          defaultValue={values.max}
          className="text-sm"
        />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          {t("filter")}
        </button>
        <Link href="/admin/orders" className="text-sm underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
