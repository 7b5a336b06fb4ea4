import { isSort, type Sort } from "./listing-params";
import { normaliseQuery } from "./search-text";

/** Listing pages beyond this are rendered per request rather than cached as HTML. */
export const MAX_CACHED_PAGE = 20;
/** Searches are cached as HTML only when short and shallow, to keep the cache bounded. */
export const MAX_CACHED_QUERY = 40;
const MAX_CACHED_SEARCH_PAGE = 5;

type Kind = "category" | "search";

function toBase64Url(text: string) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(key: string): string | null {
  if (!/^[A-Za-z0-9_-]{0,400}$/.test(key)) return null;
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

// Filters a category page may be cached with: few values each, in forms that need no notice.
const MAX_CACHED_BRANDS = 3;
const MAX_CACHED_OPTIONS = 3;
const MAX_CACHED_OPTION_VALUES = 5;
const WHOLE_AMOUNT = /^(0|[1-9]\d{0,6})$/;
const BRAND_SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
const OPTION_KEY = /^opt\.([A-Za-z][A-Za-z ]{0,29})$/;
const OPTION_VALUE = /^[\p{L}\p{N}][\p{L}\p{N} ./+'-]{0,29}$/u;

/** A repeated or comma-separated filter's values, sorted and unique; null when one is odd or there are too many. */
function filterValues(raw: string[], valid: (v: string) => boolean, max: number): string | null {
  const values = [...new Set(raw.flatMap((v) => v.split(",")).filter((v) => v !== ""))].sort();
  if (values.length > max || !values.every((v) => valid(v) && v === normaliseQuery(v))) return null;
  return values.join(",");
}

/**
 * A category's filters (whole-unit price range, in stock, a few brands and option values) in one
 * canonical order, written to `out`; false when anything would need a notice or is too many.
 * Empty fields (a GET form's blank price) count as absent, as parseListingParams reads them.
 */
function canonicalFilters(search: URLSearchParams, out: URLSearchParams): boolean {
  const min = search.get("min") || null;
  const max = search.get("max") || null;
  if ((min !== null && !WHOLE_AMOUNT.test(min)) || (max !== null && !WHOLE_AMOUNT.test(max))) return false;
  if (min !== null && max !== null && Number(min) > Number(max)) return false;
  if (min !== null) out.set("min", min);
  if (max !== null) out.set("max", max);
  const inStock = search.get("instock");
  if (inStock !== null && inStock !== "1") return false;
  if (inStock) out.set("instock", "1");
  const brands = filterValues(search.getAll("brand"), (v) => BRAND_SLUG.test(v), MAX_CACHED_BRANDS);
  if (brands === null) return false;
  if (brands) out.set("brand", brands);
  const optionKeys = [...new Set([...search.keys()].filter((k) => k.startsWith("opt.")))].sort();
  if (optionKeys.length > MAX_CACHED_OPTIONS || !optionKeys.every((k) => OPTION_KEY.test(k))) return false;
  for (const k of optionKeys) {
    const values = filterValues(search.getAll(k), (v) => OPTION_VALUE.test(v), MAX_CACHED_OPTION_VALUES);
    if (values === null) return false;
    if (values) out.set(k, values);
  }
  return true;
}

const REPEATABLE = (key: string) => key === "brand" || key.startsWith("opt.");

/** The one canonical query string for a cacheable listing, or null when it is not one. */
function canonical(search: URLSearchParams, kind: Kind): string | null {
  const known = kind === "search" ? ["sort", "page", "q"] : ["sort", "page", "min", "max", "instock"];
  const seen = new Set<string>();
  for (const key of search.keys()) {
    const allowed = known.includes(key) || (kind === "category" && REPEATABLE(key));
    if (!allowed || (seen.has(key) && !REPEATABLE(key))) return null;
    seen.add(key);
  }
  const out = new URLSearchParams();
  if (kind === "search") {
    const raw = search.get("q") ?? "";
    const q = normaliseQuery(raw);
    if (!q || raw.length > MAX_CACHED_QUERY) return null;
    out.set("q", q);
  }
  const defaultSort: Sort = kind === "search" ? "relevance" : "popular";
  const sort = search.get("sort") ?? defaultSort;
  if (!isSort(sort) || (kind === "category" && sort === "relevance")) return null;
  if (sort !== defaultSort) out.set("sort", sort);
  const page = search.get("page") ?? "1";
  const maxPage = kind === "search" ? MAX_CACHED_SEARCH_PAGE : MAX_CACHED_PAGE;
  if (!/^[1-9]\d?$/.test(page) || Number(page) > maxPage) return null;
  if (page !== "1") out.set("page", page);
  if (kind === "category" && !canonicalFilters(search, out)) return null;
  return out.toString();
}

/**
 * The cache key of a listing URL that can be served as cached HTML: sort/page, a
 * short q for searches, and for categories the usual filters (canonicalFilters):
 * every spelling of the same listing gets the same key. Null for anything else
 * (search filters, odd values that deserve a notice, far pages, many values),
 * which is rendered per request. What the cache holds on disk is bounded by
 * CACHE_MAX_DISK_MB (least recently used evicted), as for the listing data,
 * which was already cached per filter.
 */
export function listingViewKey(search: URLSearchParams, kind: Kind): string | null {
  const text = canonical(search, kind);
  return text === null ? null : `v${toBase64Url(text)}`;
}

/** The search params a view key stands for; null unless listingViewKey would make exactly that key. */
export function parseViewKey(key: string, kind: Kind): Record<string, string> | null {
  if (!key.startsWith("v")) return null;
  const text = fromBase64Url(key.slice(1));
  if (text === null) return null;
  const params = new URLSearchParams(text);
  if (listingViewKey(params, kind) !== key) return null;
  return Object.fromEntries(params);
}
