import { ProductGrid } from "@/components/product/product-grid";
import { listingSearch, type ListingParams, type Sort } from "@/lib/catalog/listing-params";
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
  notices: string[];
  empty: React.ReactNode;
};

/** Filters, sort, results and pagination: the body of a category or search page. */
export function ListingView({ action, params, defaultSort, currency, listing, facets, notices, empty }: Props) {
  const href = (page: number) => `${action}${listingSearch({ ...params, page }, { currency, defaultSort })}`;
  return (
    <div className="grid gap-8 md:grid-cols-[15rem_1fr]">
      <aside aria-label="Filters">
        {/* Collapsed on phones, so products fill the first screen; always shown on wide screens (app/globals.css). */}
        <details className="filters-disclosure">
          <summary className="mb-4 cursor-pointer font-semibold">Filters</summary>
          <Filters action={action} params={params} facets={facets} currency={currency} />
        </details>
      </aside>
      <section aria-label="Results" className="listing-results flex flex-col gap-4">
        {notices.length > 0 && (
          <div role="status" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-zinc-600">
            {listing.total.toLocaleString("en-US")} {listing.total === 1 ? "product" : "products"}
          </p>
          <SortSelect value={params.sort} withRelevance={defaultSort === "relevance"} />
        </div>
        {listing.items.length > 0 ? <ProductGrid products={listing.items} eager={4} headingLevel={2} /> : empty}
        <Pagination page={listing.page} pageCount={listing.pageCount} href={href} />
      </section>
    </div>
  );
}
