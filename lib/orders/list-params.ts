import { orderStatus, type OrderStatus } from "@/db/schema";
import { parseMajorUnits } from "@/lib/money";

export const ORDERS_PAGE_SIZE = 25;

/** The back-office order list's filters, as read from the URL (anything malformed is left out). */
export type StaffOrderFilter = {
  q?: string;
  status?: OrderStatus;
  /** Inclusive start of the day `from` (UTC). */
  from?: Date;
  /** Exclusive: the start of the day after `to` (UTC), so `to` itself counts. */
  until?: Date;
  minTotal?: number;
  maxTotal?: number;
  page: number;
};

export type RawOrderParams = Record<string, string | string[] | undefined>;

/** The first value of a search param, trimmed; undefined when empty. */
export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** A `YYYY-MM-DD` date as the start of that day (UTC) plus `plusDays`; undefined when malformed. */
export function day(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
}

/** Reads `q`, `status`, `from`, `to`, `min`, `max` and `page` from the list's search params. */
export function parseOrderListParams(params: RawOrderParams, currency: string): StaffOrderFilter {
  const status = first(params.status);
  const min = first(params.min);
  const max = first(params.max);
  const page = Number(first(params.page) ?? 1);
  return {
    q: first(params.q)?.slice(0, 200),
    status: (orderStatus.enumValues as readonly string[]).includes(status ?? "") ? (status as OrderStatus) : undefined,
    from: day(first(params.from)),
    until: day(first(params.to), 1),
    minTotal: min ? (parseMajorUnits(min, currency) ?? undefined) : undefined,
    maxTotal: max ? (parseMajorUnits(max, currency) ?? undefined) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The list's filters as a query string (no page), for its links and its CSV export; "" when unfiltered. */
export function orderFilterQuery(params: RawOrderParams): string {
  const qs = new URLSearchParams();
  for (const key of ["q", "status", "from", "to", "min", "max"]) {
    const v = first(params[key]);
    if (v) qs.set(key, v);
  }
  return qs.toString();
}

/** The list's URL for these params with `page` replaced (filters kept). */
export function orderListHref(params: RawOrderParams, page: number): string {
  const qs = new URLSearchParams(orderFilterQuery(params));
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `/admin/orders?${s}` : "/admin/orders";
}
