/** The inventory list's filters as read from the URL: `q` (product title or SKU), `low` (at or below the threshold), `page`. */
export type InventoryListParams = { q?: string; lowOnly: boolean; page: number };

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function parseInventoryListParams(params: Raw): InventoryListParams {
  const low = first(params.low);
  const n = Number(first(params.page) ?? 1);
  return {
    q: first(params.q)?.slice(0, 200),
    lowOnly: low === "1" || low === "on",
    page: Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1,
  };
}

/** The filters as a query string (no page), for the list's links and its CSV export; "" when unfiltered. */
export function inventoryFilterQuery(filter: Pick<InventoryListParams, "q" | "lowOnly">): string {
  const qs = new URLSearchParams();
  if (filter.q) qs.set("q", filter.q);
  if (filter.lowOnly) qs.set("low", "1");
  return qs.toString();
}

/** The list's URL for these filters at `page`. */
export function inventoryListHref(filter: Pick<InventoryListParams, "q" | "lowOnly">, page: number): string {
  const qs = new URLSearchParams(inventoryFilterQuery(filter));
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `/admin/inventory?${s}` : "/admin/inventory";
}
