import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { ListingView } from "@/components/listing/listing-view";
import { ProductGrid } from "@/components/product/product-grid";
import { HeaderQuery } from "@/components/search/header-query";
import { SearchSeen } from "@/components/search/search-seen";
import { CategoryChips } from "@/components/ui/category-chips";
import { getCachedCategoryTree, getCachedFacets, getCachedHotSellers, getCachedListing } from "@/lib/catalog/cached";
import { parseListingParams, type RawSearchParams } from "@/lib/catalog/listing-params";
import { rememberSearchWithResults } from "@/lib/catalog/searches-with-results";
import { normaliseQuery } from "@/lib/catalog/search-text";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/search-text";
import type { Locale } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/seo/alternates";
import { storeCurrency } from "@/lib/settings/store";

export async function searchMetadata(raw: RawSearchParams, locale: Locale): Promise<Metadata> {
  const [t, currency] = await Promise.all([getTranslations({ locale, namespace: "search.page" }), storeCurrency()]);
  const { params } = parseListingParams(raw, { currency, defaultSort: "relevance" });
  return {
    title: params.q ? t("metaTitle", { query: params.q }) : t("allProducts"),
    robots: { index: false },
    alternates: languageAlternates(params.q ? `/search?${new URLSearchParams({ q: params.q })}` : "/search", locale),
  };
}

/** Search results (or all products) for the given query; the same for cached and per-request routes. */
export async function SearchView({ raw }: { raw: RawSearchParams }) {
  const [currency, t] = await Promise.all([storeCurrency(), getTranslations("search.page")]);
  const hasQuery = typeof raw.q === "string" && raw.q.trim() !== "";
  const { params, notices } = parseListingParams(raw, { currency, defaultSort: hasQuery ? "relevance" : "popular" });
  const defaultSort = params.q ? "relevance" : "popular";
  if (typeof raw.q === "string" && raw.q.length > MAX_QUERY_LENGTH) {
    notices.push({ key: "queryShortened", max: MAX_QUERY_LENGTH });
  }
  const scope = params.q ? { q: params.q } : {};
  const locale = await requestLocale();
  const [listing, facets] = await Promise.all([getCachedListing(scope, params, locale), getCachedFacets(scope, locale)]);
  // From now on proxy.ts may serve this query as cached HTML (a query with no results never is).
  if (listing.total > 0 && params.q) rememberSearchWithResults(normaliseQuery(params.q));
  if (listing.fuzzy && listing.total > 0) notices.push({ key: "fuzzy", query: params.q });

  return (
    <>
      <HeaderQuery q={params.q ?? ""} />
      {params.q && params.page === 1 && <SearchSeen q={params.q} />}
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{params.q ? t("resultsFor", { query: params.q }) : t("allProducts")}</h1>
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
  const [tree, popular, t] = await Promise.all([
    getCachedCategoryTree(locale),
    getCachedHotSellers(4, locale),
    getTranslations("search.noResults"),
  ]);
  return (
    <div className="flex flex-col gap-6 rounded-xl border border-dashed border-zinc-300 p-8">
      <div>
        <p className="text-lg font-medium">{query ? t("forQuery", { query }) : t("forFilters")}</p>
        <ul className="mt-2 list-disc pl-5 text-sm text-zinc-600">
          <li>{t("spelling")}</li>
          <li>{t("removeFilter")}</li>
        </ul>
      </div>
      <CategoryChips categories={tree} label={t("categories")} />
      <div>
        <h2 className="mb-3 font-semibold">{t("popular")}</h2>
        <ProductGrid products={popular} />
      </div>
    </div>
  );
}
