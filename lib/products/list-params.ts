import { productStatus } from "@/db/schema/products";

export const ADMIN_PAGE_SIZE = 20;
export const STOCK_FILTERS = { in: "In stock", low: "Low stock", out: "Out of stock" } as const;
export type StockFilter = keyof typeof STOCK_FILTERS;
export type ProductStatus = (typeof productStatus.enumValues)[number];

/** The back-office product list's filters, read from the URL; unknown values are dropped. */
export type AdminProductParams = {
  q: string;
  status: ProductStatus | null;
  categoryId: number | null;
  brandId: number | null;
  stock: StockFilter | null;
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const id = (v: string) => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null);

export function parseAdminProductParams(raw: Raw): AdminProductParams {
  const status = first(raw.status);
  const stock = first(raw.stock);
  const page = Number(first(raw.page));
  return {
    q: first(raw.q).trim().slice(0, 100),
    status: (productStatus.enumValues as readonly string[]).includes(status) ? (status as ProductStatus) : null,
    categoryId: id(first(raw.category)),
    brandId: id(first(raw.brand)),
    stock: stock in STOCK_FILTERS ? (stock as StockFilter) : null,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The list's URL for these filters (defaults left out), e.g. to link to another page. */
export function adminProductsHref(p: AdminProductParams, changes: Partial<AdminProductParams> = {}): string {
  const next = { ...p, ...changes };
  const search = new URLSearchParams();
  if (next.q) search.set("q", next.q);
  if (next.status) search.set("status", next.status);
  if (next.categoryId) search.set("category", String(next.categoryId));
  if (next.brandId) search.set("brand", String(next.brandId));
  if (next.stock) search.set("stock", next.stock);
  if (next.page > 1) search.set("page", String(next.page));
  const qs = search.toString();
  return qs ? `/admin/products?${qs}` : "/admin/products";
}
