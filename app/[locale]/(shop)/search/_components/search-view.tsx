import type { Metadata } from "next";
import { requestLocale } from "@/lib/i18n/server";
import { ListingView } from "@/components/listing/listing-view";
import { ProductGrid } from "@/components/product/product-grid";
import { SearchSeen } from "@/components/search/search-seen";
import { CategoryChips } from "@/components/ui/category-chips";
import { getCachedCategoryTree, getCachedFacets, getCachedHotSellers, getCachedListing } from "@/lib/catalog/cached";
import { parseListingParams, type RawSearchParams } from "@/lib/catalog/listing-params";
import { rememberSearchWithResults } from "@/lib/catalog/searches-with-results";
import { normaliseQuery } from "@/lib/catalog/search-text";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/search-text";
import { storeCurrency } from "@/lib/settings/store";

export async function searchMetadata(raw: RawSearchParams): Promise<Metadata> {
  const { params } = parseListingParams(raw, { currency: await storeCurrency(), defaultSort: "relevance" });
  return { title: params.q ? `Search: ${params.q}` : "All products", robots: { index: false } };
}

/** Search results (or all products) for the given query; the same for cached and per-request routes. */
export async function SearchView({ raw }: { raw: RawSearchParams }) {
  const currency = await storeCurrency();
  const hasQuery = typeof raw.q === "string" && raw.q.trim() !== "";
  const { params, notices } = parseListingParams(raw, { currency, defaultSort: hasQuery ? "relevance" : "popular" });
  const defaultSort = params.q ? "relevance" : "popular";
  if (typeof raw.q === "string" && raw.q.length > MAX_QUERY_LENGTH) {
    notices.push(`Searches are limited to ${MAX_QUERY_LENGTH} characters; yours was shortened.`);
  }
  const scope = params.q ? { q: params.q } : {};
  const locale = await requestLocale();
  const [listing, facets] = await Promise.all([getCachedListing(scope, params, locale), getCachedFacets(scope, locale)]);
  // From now on proxy.ts may serve this query as cached HTML (a query with no results never is).
  if (listing.total > 0 && params.q) rememberSearchWithResults(normaliseQuery(params.q));
  if (listing.fuzzy && listing.total > 0) notices.push(`Nothing matched “${params.q}” exactly, so these are the closest matches.`);

  return (
    <>
      {params.q && params.page === 1 && <SearchSeen q={params.q} />}
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{params.q ? <>Results for “{params.q}”</> : "All products"}</h1>
      </header>
      <ListingView
        action="/search"
        params={params}
        defaultSort={defaultSort}
        currency={currency}
        listing={listing}
        facets={facets}
        notices={notices}
        empty={<NoResults query={params.q} />}
      />
    </>
  );
}

async function NoResults({ query }: { query: string }) {
  const locale = await requestLocale();
  const [tree, popular] = await Promise.all([getCachedCategoryTree(locale), getCachedHotSellers(4, locale)]);
  return (
    <div className="flex flex-col gap-6 rounded-xl border border-dashed border-zinc-300 p-8">
      <div>
        <p className="text-lg font-medium">{query ? <>No products match “{query}”.</> : "No products match these filters."}</p>
        <ul className="mt-2 list-disc pl-5 text-sm text-zinc-600">
          <li>Check the spelling, or try a more general word such as “shirt” or “tea”.</li>
          <li>Remove a filter, or browse a category below.</li>
        </ul>
      </div>
      <CategoryChips categories={tree} label="Categories" />
      <div>
        <h2 className="mb-3 font-semibold">Popular right now</h2>
        <ProductGrid products={popular} />
      </div>
    </div>
  );
}
