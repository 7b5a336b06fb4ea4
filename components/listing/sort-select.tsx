"use client";

import type { Sort } from "@/lib/catalog/listing-params";
import { FILTER_FORM_ID } from "./filter-form-id";

/** Sits outside the filter form (joined by its `form` attribute), so it submits that form itself. Labels come worded from the server. */
export function SortSelect({
  value,
  label,
  name,
  options,
}: {
  value: Sort;
  label: string;
  name: string;
  options: { value: Sort; label: string }[];
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-zinc-600">{label}</span>
      <select
        name="sort"
        aria-label={name}
        form={FILTER_FORM_ID}
        defaultValue={value}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="rounded-lg border border-zinc-300 px-3 py-2"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
