import { useTranslations } from "next-intl";
import type { ReviewFilters } from "@/lib/reviews/admin/schema";

const field = "rounded-lg border border-zinc-400 bg-white px-3 py-2 text-sm";

/** The list's filters as a plain GET form, so they live in the URL and work without JavaScript. */
export function ReviewFiltersForm({ filters }: { filters: ReviewFilters }) {
  const t = useTranslations("adminReviews");
  return (
    <form method="get" role="search" aria-label={t("filters.label")} className="mb-6 flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="q" className="text-sm font-medium">
          {t("filters.search")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder={t("filters.searchPlaceholder")}
          className={`${field} w-64`}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="status" className="text-sm font-medium">
          {t("filters.status")}
        </label>
        <select id="status" name="status" defaultValue={filters.status ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          <option value="published">{t("status.published")}</option>
          <option value="hidden">{t("status.hidden")}</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="rating" className="text-sm font-medium">
          {t("filters.rating")}
        </label>
        <select id="rating" name="rating" defaultValue={filters.rating ? String(filters.rating) : ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {t("filters.stars", { count: n })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
        {t("filters.submit")}
      </button>
    </form>
  );
}
