"use client";

import { SORTS, type Sort } from "@/lib/catalog/listing-params";
import { FILTER_FORM_ID } from "./filter-form-id";

/** Sits outside the filter form (joined by its `form` attribute), so it submits that form itself. */
export function SortSelect({ value, withRelevance }: { value: Sort; withRelevance: boolean }) {
  const entries = Object.entries(SORTS).filter(([key]) => withRelevance || key !== "relevance");
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-zinc-600">Sort by</span>
      <select
        name="sort"
        aria-label="Sort"
        form={FILTER_FORM_ID}
        defaultValue={value}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="rounded-lg border border-zinc-300 px-3 py-2"
      >
        {entries.map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
