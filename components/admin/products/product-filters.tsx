import { SelectField, TextField } from "@/components/ui/field";
import { STOCK_FILTERS, type AdminProductParams } from "@/lib/products/list-params";
import type { Choice } from "@/lib/products/types";

/** The list's filters as a GET form: every choice lands in the URL. */
export function ProductFilters({ params, categories, brands }: { params: AdminProductParams; categories: Choice[]; brands: Choice[] }) {
  return (
    <form
      method="get"
      action="/admin/products"
      role="search"
      aria-label="Filter products"
      className="mb-6 grid gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <TextField name="q" label="Search" type="search" defaultValue={params.q} placeholder="Title or SKU" className="text-sm" />
      <Select
        id="status"
        label="Status"
        value={params.status ?? ""}
        choices={[
          { id: "draft", name: "Draft" },
          { id: "active", name: "Active" },
          { id: "archived", name: "Archived" },
        ]}
        all="Any status"
      />
      <Select id="category" label="Category" value={params.categoryId ?? ""} choices={categories} all="All categories" />
      <Select id="brand" label="Brand" value={params.brandId ?? ""} choices={brands} all="All brands" />
      <Select
        id="stock"
        label="Stock"
        value={params.stock ?? ""}
        choices={Object.entries(STOCK_FILTERS).map(([id, name]) => ({ id, name }))}
        all="Any stock"
      />
      <button type="submit" className="rounded-lg bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
        Filter
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
