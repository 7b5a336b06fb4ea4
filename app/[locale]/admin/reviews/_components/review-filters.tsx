import type { ReviewFilters } from "@/lib/reviews/admin/schema";

const field = "rounded-lg border border-zinc-400 bg-white px-3 py-2 text-sm";

/** The list's filters as a plain GET form, so they live in the URL and work without JavaScript. */
export function ReviewFiltersForm({ filters }: { filters: ReviewFilters }) {
  return (
    <form method="get" role="search" aria-label="Filter reviews" className="mb-6 flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="q" className="text-sm font-medium">
          Search
        </label>
        <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Text, product or author" className={`${field} w-64`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="status" className="text-sm font-medium">
          Status
        </label>
        <select id="status" name="status" defaultValue={filters.status ?? ""} className={field}>
          <option value="">All</option>
          <option value="published">Published</option>
          <option value="hidden">Hidden</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="rating" className="text-sm font-medium">
          Rating
        </label>
        <select id="rating" name="rating" defaultValue={filters.rating ? String(filters.rating) : ""} className={field}>
          <option value="">All</option>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {n === 1 ? "1 star" : `${n} stars`}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
        Filter
      </button>
    </form>
  );
}
