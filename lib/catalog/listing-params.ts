import { formatMajorUnits, parseMajorUnits } from "@/lib/money";
import { normaliseQuery } from "./search-text";

/** The listing's sort orders, in the sort control's order; each one's label is the message `listing.sort.<sort>`. */
export const SORT_ORDERS = ["relevance", "popular", "newest", "price-asc", "price-desc", "rating"] as const;
export type Sort = (typeof SORT_ORDERS)[number];
export const isSort = (value: string): value is Sort => (SORT_ORDERS as readonly string[]).includes(value);

export const PAGE_SIZE = 24;
export const MAX_PAGE = 500;
const MAX_FILTER_VALUES = 20;
const OPTION_PARAM = /^opt\.([A-Za-z][A-Za-z ]{0,29})$/;

/** Everything a listing (category or search) can be asked for, normalised. */
export type ListingParams = {
  q: string;
  sort: Sort;
  page: number;
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
  brands: string[];
  /** option name → accepted values, e.g. { Color: ["Black", "Navy"] } */
  options: Record<string, string[]>;
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Problems worth telling the shopper about; bad values are dropped, never fatal. A message key of the
 * `listing.notices` namespace (with `field` for a price), worded in the page's language where shown.
 */
export type ParamNotice =
  | { key: "sortUnavailable" | "pageStart" | "priceSwapped" }
  | { key: "priceInvalid"; field: "min" | "max" }
  | { key: "queryShortened"; max: number }
  | { key: "fuzzy"; query: string };

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const first = (v: string | string[] | undefined) => list(v)[0];

function cleanValues(values: string[]): string[] {
  const out = new Set<string>();
  for (const v of values.flatMap((x) => x.split(","))) {
    const t = normaliseQuery(v).slice(0, 60);
    if (t) out.add(t);
    if (out.size >= MAX_FILTER_VALUES) break;
  }
  return [...out];
}

/**
 * Reads a listing's URL query. Whatever arrives (negative prices, page=-1,
 * sort=drop table, 10 KB strings) comes out as valid params plus notices.
 */
export function parseListingParams(
  raw: RawSearchParams,
  { currency, defaultSort }: { currency: string; defaultSort: Sort },
): { params: ListingParams; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];

  const sortRaw = first(raw.sort);
  let sort: Sort = defaultSort;
  if (sortRaw !== undefined) {
    if (isSort(sortRaw) && (sortRaw !== "relevance" || defaultSort === "relevance")) sort = sortRaw;
    else notices.push({ key: "sortUnavailable" });
  }

  const pageRaw = first(raw.page);
  let page = 1;
  if (pageRaw !== undefined) {
    const n = Number(pageRaw);
    if (Number.isInteger(n) && n >= 1) page = Math.min(n, MAX_PAGE);
    else notices.push({ key: "pageStart" });
  }

  const price = (key: "min" | "max") => {
    const v = first(raw[key]);
    if (v === undefined || v.trim() === "") return null;
    const cents = parseMajorUnits(v, currency);
    if (cents === null) notices.push({ key: "priceInvalid", field: key });
    return cents;
  };
  let minPrice = price("min");
  let maxPrice = price("max");
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
    notices.push({ key: "priceSwapped" });
  }

  const inStockRaw = first(raw.instock);
  const inStock = inStockRaw === "1" || inStockRaw === "true" || inStockRaw === "on";

  const options: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    const m = OPTION_PARAM.exec(key);
    if (!m) continue;
    const values = cleanValues(list(value));
    if (values.length && Object.keys(options).length < 5) options[m[1]!] = values;
  }

  return {
    params: { q: normaliseQuery(first(raw.q)), sort, page, minPrice, maxPrice, inStock, brands: cleanValues(list(raw.brand)), options },
    notices,
  };
}

/** The URL query for params (defaults left out), so a listing can be shared and reloaded. */
export function listingSearch(params: ListingParams, { currency, defaultSort }: { currency: string; defaultSort: Sort }) {
  const s = new URLSearchParams();
  if (params.q) s.set("q", params.q);
  if (params.sort !== defaultSort) s.set("sort", params.sort);
  if (params.minPrice !== null) s.set("min", formatMajorUnits(params.minPrice, currency));
  if (params.maxPrice !== null) s.set("max", formatMajorUnits(params.maxPrice, currency));
  if (params.inStock) s.set("instock", "1");
  for (const b of params.brands) s.append("brand", b);
  for (const [name, values] of Object.entries(params.options)) for (const v of values) s.append(`opt.${name}`, v);
  if (params.page > 1) s.set("page", String(params.page));
  const text = s.toString();
  return text ? `?${text}` : "";
}
