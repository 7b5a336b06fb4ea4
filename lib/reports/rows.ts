import type { ProductOption } from "@/db/schema";
import type { DailyFigures } from "@/lib/analytics/daily";
import { average } from "@/lib/analytics/range";
import { variantTitle } from "@/lib/catalog/variant-title";
import { csvDateTime, csvFlag, csvInteger, csvMoney, csvText } from "./format";

/**
 * Each report's columns and how one database record becomes its cells. Records
 * hold the driver's values (timestamps as text or Date, bigints as text), so
 * every cell goes through a formatter of ./format.
 */
export type Report<K extends string> = { keys: readonly K[]; header: readonly string[]; cells: (r: Record<K, unknown>) => string[] };

const report = <K extends string>(keys: readonly K[], header: readonly string[], cells: (r: Record<K, unknown>) => string[]) => ({
  keys,
  header,
  cells,
});
const cur = (r: { currency: unknown }) => csvText(r.currency).trim();

/** One row per order line, with its order's columns (an order without lines has one row, line columns blank). */
export const ORDER_LINES = report(
  [
    "number",
    "createdAt",
    "paidAt",
    "status",
    "email",
    "currency",
    "subtotal",
    "discountTotal",
    "shippingTotal",
    "total",
    "refundedTotal",
    "sku",
    "productTitle",
    "variantTitle",
    "quantity",
    "unitPrice",
    "lineTotal",
  ] as const,
  [
    "Order number",
    "Created (UTC)",
    "Paid (UTC)",
    "Status",
    "E-mail",
    "Currency",
    "Subtotal",
    "Discount",
    "Shipping",
    "Total",
    "Refunded",
    "SKU",
    "Product",
    "Variant",
    "Quantity",
    "Unit price",
    "Line total",
  ],
  (r) => [
    csvText(r.number),
    csvDateTime(r.createdAt as string),
    csvDateTime(r.paidAt as string | null),
    csvText(r.status),
    csvText(r.email),
    cur(r),
    csvMoney(r.subtotal, cur(r)),
    csvMoney(r.discountTotal, cur(r)),
    csvMoney(r.shippingTotal, cur(r)),
    csvMoney(r.total, cur(r)),
    csvMoney(r.refundedTotal, cur(r)),
    csvText(r.sku),
    csvText(r.productTitle),
    csvText(r.variantTitle),
    csvInteger(r.quantity),
    csvMoney(r.unitPrice, cur(r)),
    csvMoney(r.lineTotal, cur(r)),
  ],
);

export const REFUNDS = report(
  ["number", "createdAt", "kind", "currency", "amount", "shippingAmount", "reason", "providerReference", "staffEmail"] as const,
  ["Order number", "Refunded (UTC)", "Kind", "Currency", "Amount", "Shipping part", "Reason", "Provider reference", "By"],
  (r) => [
    csvText(r.number),
    csvDateTime(r.createdAt as string),
    csvText(r.kind),
    cur(r),
    csvMoney(r.amount, cur(r)),
    csvMoney(r.shippingAmount, cur(r)),
    csvText(r.reason),
    csvText(r.providerReference),
    csvText(r.staffEmail),
  ],
);

export const PAYMENTS = report(
  ["number", "createdAt", "updatedAt", "provider", "providerReference", "status", "currency", "amount", "failureMessage"] as const,
  ["Order number", "Created (UTC)", "Updated (UTC)", "Provider", "Reference", "Status", "Currency", "Amount", "Failure"],
  (r) => [
    csvText(r.number),
    csvDateTime(r.createdAt as string),
    csvDateTime(r.updatedAt as string),
    csvText(r.provider),
    csvText(r.providerReference),
    csvText(r.status),
    cur(r),
    csvMoney(r.amount, cur(r)),
    csvText(r.failureMessage),
  ],
);

export const STOCK = report(
  ["sku", "productTitle", "options", "optionValues", "productStatus", "stock", "threshold", "low"] as const,
  ["SKU", "Product", "Variant", "Product status", "Stock", "Low-stock threshold", "Low stock"],
  (r) => [
    csvText(r.sku),
    csvText(r.productTitle),
    variantTitle((r.options ?? []) as ProductOption[], (r.optionValues ?? {}) as Record<string, string>),
    csvText(r.productStatus),
    csvInteger(r.stock),
    csvInteger(r.threshold),
    csvFlag(r.low),
  ],
);

export const LEDGER = report(
  ["createdAt", "sku", "productTitle", "delta", "stockAfter", "reason", "note", "orderNumber", "actorEmail"] as const,
  ["Date (UTC)", "SKU", "Product", "Change", "Stock after", "Reason", "Note", "Order number", "By"],
  (r) => [
    csvDateTime(r.createdAt as string),
    csvText(r.sku),
    csvText(r.productTitle),
    csvInteger(r.delta),
    csvInteger(r.stockAfter),
    csvText(r.reason),
    csvText(r.note),
    csvText(r.orderNumber),
    csvText(r.actorEmail),
  ],
);

/** The dashboard's figures for one day (lib/analytics/daily.ts), in the store's currency. */
export type DailyRecord = DailyFigures & { currency: string };

export const DAILY = report(
  ["day", "currency", "orders", "revenue", "refunds", "refundAmount", "productViews", "addToCarts"] as const,
  [
    "Day",
    "Currency",
    "Orders",
    "Revenue",
    "Average order value",
    "Refunds",
    "Refund amount",
    "Revenue after refunds",
    "Product views",
    "Add to carts",
  ],
  (r) => {
    const d = r as unknown as DailyRecord;
    return [
      d.day,
      d.currency,
      csvInteger(d.orders),
      csvMoney(d.revenue, d.currency),
      csvMoney(average(d.revenue, d.orders), d.currency),
      csvInteger(d.refunds),
      csvMoney(d.refundAmount, d.currency),
      csvMoney(d.revenue - d.refundAmount, d.currency),
      csvInteger(d.productViews),
      csvInteger(d.addToCarts),
    ];
  },
);
