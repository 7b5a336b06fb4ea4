import { orderStatus, type OrderStatus } from "@/db/schema";
import { day, first, type RawOrderParams } from "./list-params";

export const SHOPPER_ORDERS_PAGE_SIZE = 10;
export const SHOPPER_ORDERS_PATH = "/account/orders";

/** The shopper's order list filters, as read from the URL (anything malformed is left out, never an error). */
export type ShopperOrderFilter = {
  q?: string;
  status?: OrderStatus;
  /** Inclusive start of the day `from` (UTC). */
  from?: Date;
  /** Exclusive: the start of the day after `to` (UTC), so `to` itself counts. */
  until?: Date;
  page: number;
};

const KEYS = ["q", "status", "from", "to"] as const;

/** Reads `q`, `status`, `from`, `to` and `page` (the back office's rules, without its money filters). */
export function parseShopperOrderParams(params: RawOrderParams): ShopperOrderFilter {
  const status = first(params.status);
  const page = Number(first(params.page) ?? 1);
  return {
    q: first(params.q)?.slice(0, 100),
    status: (orderStatus.enumValues as readonly string[]).includes(status ?? "") ? (status as OrderStatus) : undefined,
    from: day(first(params.from)),
    until: day(first(params.to), 1),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** Whether any filter is set (so an empty list reads "none match" rather than "none yet"). */
export function hasShopperFilters(params: RawOrderParams): boolean {
  return KEYS.some((k) => first(params[k]));
}

/** The list's URL for these params with `page` replaced (filters kept). */
export function shopperOrderListHref(params: RawOrderParams, page: number): string {
  const qs = new URLSearchParams();
  for (const key of KEYS) {
    const v = first(params[key]);
    if (v) qs.set(key, v);
  }
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `${SHOPPER_ORDERS_PATH}?${s}` : SHOPPER_ORDERS_PATH;
}
