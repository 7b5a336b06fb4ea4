import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { STOCK_FILTERS, type AdminProductParams } from "@/lib/products/list-params";
import type { Choice } from "@/lib/products/types";

/** The list's filters as a GET form: every choice lands in the URL. */
export function ProductFilters({ params, categories, brands }: { params: AdminProductParams; categories: Choice[]; brands: Choice[] }) {
  const t = useTranslations("adminProducts");
  const locale = useLocale() as Locale;
  return (
    <form
      method="get"
      action={localizePath("/admin/products", locale)}
      role="search"
      aria-label={t("filters.label")}
      className="mb-6 grid gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <TextField
        name="q"
        label={t("filters.search")}
        type="search"
        defaultValue={params.q}
        placeholder={t("filters.searchPlaceholder")}
        className="text-sm"
      />
      <Select
        id="status"
        label={t("filters.status")}
        value={params.status ?? ""}
        choices={[
          { id: "draft", name: t("status.draft") },
          { id: "active", name: t("status.active") },
          { id: "archived", name: t("status.archived") },
        ]}
        all={t("filters.anyStatus")}
      />
      <Select
        id="category"
        label={t("filters.category")}
        value={params.categoryId ?? ""}
        choices={categories}
        all={t("filters.allCategories")}
      />
      <Select id="brand" label={t("filters.brand")} value={params.brandId ?? ""} choices={brands} all={t("filters.allBrands")} />
      <Select
        id="stock"
        label={t("filters.stock")}
        value={params.stock ?? ""}
        // messages: adminProducts.stockFilter.*
        choices={Object.keys(STOCK_FILTERS).map((id) => ({ id, name: t(`stockFilter.${id}`) }))}
        all={t("filters.anyStock")}
      />
      <button type="submit" className="rounded-lg bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
        {t("filters.filter")}
      </button>
    </form>
  );
}

function Select({
  id,
  label,
  value,
  choices,
  all,
}: {
  id: string;
  label: string;
  value: string | number;
  choices: { id: string | number; name: string }[];
  all: string;
}) {
  return (
    <SelectField name={id} label={label} defaultValue={String(value)} className="text-sm">
      <option value="">{all}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </SelectField>
  );
}
