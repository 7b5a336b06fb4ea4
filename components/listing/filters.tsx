import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { formatMajorUnits } from "@/lib/money";
import type { ListingParams } from "@/lib/catalog/listing-params";
import type { Facets } from "@/lib/catalog/types";
import { FilterForm } from "./filter-form";

import { FILTER_FORM_ID } from "./filter-form-id";

const major = (cents: number | null, currency: string) => (cents === null ? "" : formatMajorUnits(cents, currency));

const input = "w-full rounded-lg border border-zinc-300 px-3 py-2 text-sm";

export async function Filters({
  action,
  params,
  facets,
  currency,
}: {
  action: string;
  params: ListingParams;
  facets: Facets;
  currency: string;
}) {
  const t = await getTranslations("listing.filters");
  return (
    <FilterForm listing={JSON.stringify(params)} action={action} id={FILTER_FORM_ID} className="flex flex-col gap-6 text-sm">
      {params.q && <input type="hidden" name="q" value={params.q} />}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-semibold">{t("price")}</legend>
        <div className="flex items-center gap-2">
          <label className="flex-1">
            <span className="sr-only">{t("minPrice")}</span>
            <input
              name="min"
              aria-label={t("minPrice")}
              inputMode="decimal"
              placeholder={t("min")}
              defaultValue={major(params.minPrice, currency)}
              className={input}
            />
          </label>
          <span aria-hidden="true">–</span>
          <label className="flex-1">
            <span className="sr-only">{t("maxPrice")}</span>
            <input
              name="max"
              aria-label={t("maxPrice")}
              inputMode="decimal"
              placeholder={t("max")}
              defaultValue={major(params.maxPrice, currency)}
              className={input}
            />
          </label>
        </div>
      </fieldset>

      <label className="flex items-center gap-2">
        <input type="checkbox" name="instock" value="1" defaultChecked={params.inStock} className="h-4 w-4" />
        {t("inStock")}
      </label>

      {facets.brands.length > 0 && (
        <label className="flex flex-col gap-2">
          <span className="font-semibold">{t("brand")}</span>
          <select name="brand" aria-label={t("brand")} defaultValue={params.brands[0] ?? ""} className={input}>
            <option value="">{t("allBrands")}</option>
            {facets.brands.map((b) => (
              <option key={b.slug} value={b.slug}>
                {b.name} ({b.count})
              </option>
            ))}
          </select>
        </label>
      )}

      {facets.options.map((o) => (
        <fieldset key={o.name}>
          <legend className="mb-2 font-semibold">{o.name}</legend>
          <div className="flex max-h-48 flex-col gap-1.5 overflow-y-auto">
            {o.values.map((v) => (
              <label key={v.value} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name={`opt.${o.name}`}
                  value={v.value}
                  defaultChecked={params.options[o.name]?.includes(v.value) ?? false}
                  className="h-4 w-4"
                />
                {v.value} <span className="text-zinc-500">({v.count})</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}

      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700">
          {t("apply")}
        </button>
        <Link href={params.q ? `${action}?q=${encodeURIComponent(params.q)}` : action} className="text-zinc-600 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </FilterForm>
  );
}
