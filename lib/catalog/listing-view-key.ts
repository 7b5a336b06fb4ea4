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

/** The one canonical query string for a plain listing, or null when it is not plain. */
function canonical(search: URLSearchParams, kind: Kind): string | null {
  const seen = new Set<string>();
  for (const key of search.keys()) {
    if (seen.has(key) || !["sort", "page", ...(kind === "search" ? ["q"] : [])].includes(key)) return null;
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
  return out.toString();
}

/**
 * The cache key of a plain listing URL (only sort/page, plus a short q for
 * searches): every spelling of the same listing gets the same key. Null for
 * anything else (filters, odd values that deserve a notice, far pages), which
 * is rendered per request, so the HTML cache stays bounded.
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
