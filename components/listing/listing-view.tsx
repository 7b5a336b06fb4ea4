import { getFormatter, getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-grid";
import { listingSearch, SORT_ORDERS, type ListingParams, type ParamNotice, type Sort } from "@/lib/catalog/listing-params";
import type { Facets, Listing } from "@/lib/catalog/types";
import { Filters } from "./filters";
import { Pagination } from "./pagination";
import { SortSelect } from "./sort-select";

type Props = {
  action: string;
  params: ListingParams;
  defaultSort: Sort;
  currency: string;
  listing: Listing;
  facets: Facets;
  notices: ParamNotice[];
  empty: React.ReactNode;
};

/** Filters, sort, results and pagination: the body of a category or search page. */
export async function ListingView({ action, params, defaultSort, currency, listing, facets, notices, empty }: Props) {
  const [t, format] = await Promise.all([getTranslations("listing"), getFormatter()]);
  const notice = (n: ParamNotice) =>
    n.key === "priceInvalid"
      ? t("notices.priceInvalid", { field: n.field })
      : n.key === "queryShortened"
        ? t("notices.queryShortened", { max: n.max })
        : n.key === "fuzzy"
          ? t("notices.fuzzy", { query: n.query })
          : t(`notices.${n.key}`);
  const href = (page: number) => `${action}${listingSearch({ ...params, page }, { currency, defaultSort })}`;
  return (
    <div className="grid gap-8 md:grid-cols-[15rem_1fr]">
      <aside aria-label={t("filtersLabel")}>
        {/* Collapsed on phones, so products fill the first screen; always shown on wide screens (app/globals.css). */}
        <details className="filters-disclosure">
          <summary className="mb-4 cursor-pointer font-semibold">{t("filtersLabel")}</summary>
          <Filters action={action} params={params} facets={facets} currency={currency} />
        </details>
      </aside>
      <section aria-label={t("results")} className="listing-results flex flex-col gap-4">
        {notices.length > 0 && (
          <div role="status" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {notices.map((n) => (
              <p key={JSON.stringify(n)}>{notice(n)}</p>
            ))}
          </div>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-zinc-600">{t("count", { count: listing.total, formatted: format.number(listing.total) })}</p>
          <SortSelect
            value={params.sort}
            label={t("sortBy")}
            name={t("sortName")}
            options={SORT_ORDERS.filter((s) => defaultSort === "relevance" || s !== "relevance").map((s) => ({
              value: s,
              label: t(`sort.${s}`),
            }))}
          />
        </div>
        {listing.items.length > 0 ? <ProductGrid products={listing.items} eager={4} headingLevel={2} /> : empty}
        <Pagination page={listing.page} pageCount={listing.pageCount} href={href} />
      </section>
    </div>
  );
}
