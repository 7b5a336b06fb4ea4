import type { InvoiceKind } from "@/db/schema";
import { addressParts, orderShippingAddress } from "@/lib/addresses/format";
import { orderTotalsRows, type OrderTotalsRow } from "@/lib/orders/totals";
import { creditedTaxLine, taxLine, type TaxLine } from "./tax";

/**
 * What an issued document says, frozen in `invoices.details` when it is issued:
 * later changes to the settings, the order or the products never change it, and
 * the PDF is drawn from it alone. Amounts are minor units of `currency`.
 */
export type DocumentDetails = {
  version: 1;
  kind: InvoiceKind;
  number: string;
  /** ISO timestamps */
  issuedAt: string;
  orderNumber: string;
  orderedAt: string;
  paidAt: string | null;
  /** A credit note: the invoice it corrects. */
  invoiceNumber: string | null;
  currency: string;
  seller: Seller;
  buyer: Buyer;
  lines: DocumentLine[];
  /** The rows under the lines, as the order page prints them (subtotal, each discount, shipping, total). */
  totals: OrderTotalsRow[];
  /** The tax the total includes; null when the store's rate is 0 (no tax line). */
  tax: TaxLine | null;
  total: number;
  /** A credit note: why the money went back. */
  reason: string | null;
};

export type Seller = { name: string; addressLines: string[]; taxNumber: string | null; email: string | null };
export type Buyer = { name: string; company: string | null; taxNumber: string | null; addressLines: string[]; email: string };
/** `unitPrice` null: an amount without a unit price (a refund not tied to lines). */
export type DocumentLine = { title: string; sku: string | null; unitPrice: number | null; quantity: number; total: number };

/** The store as the seller, from the settings at the moment of issue. */
export type SellerSettings = {
  storeName: string;
  storeAddress: string | null;
  storeTaxNumber: string | null;
  contactEmail: string | null;
  taxName: string;
  taxRateBasisPoints: number;
};

export type OrderSource = {
  number: string;
  email: string;
  currency: string;
  subtotal: number;
  shippingTotal: number;
  shippingMethodName: string;
  discountTotal: number;
  total: number;
  createdAt: Date;
  paidAt: Date | null;
  shipName: string;
  shipLine1: string;
  shipProvince?: string;
  shipCity: string;
  shipDistrict?: string;
  shipPostalCode: string;
  shipCountry: string;
  invoiceCompany: string | null;
  invoiceTaxNumber: string | null;
};

export type OrderLineSource = {
  id: number;
  productTitle: string;
  variantTitle: string;
  sku: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
};
export type DiscountSource = { label: string; amount: number; target: "items" | "shipping" };

const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function sellerOf(settings: SellerSettings): Seller {
  return {
    name: settings.storeName,
    addressLines: (settings.storeAddress ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    taxNumber: blankToNull(settings.storeTaxNumber),
    email: blankToNull(settings.contactEmail),
  };
}

export function buyerOf(order: OrderSource): Buyer {
  // The phone stays off the invoice: it is for the carrier.
  const address = addressParts(orderShippingAddress(order), { phone: false })
    .filter((p) => p.kind !== "name")
    .map((p) => p.text);
  return {
    name: order.shipName,
    company: blankToNull(order.invoiceCompany),
    taxNumber: blankToNull(order.invoiceTaxNumber),
    addressLines: address,
    email: order.email,
  };
}

export const lineTitle = (l: Pick<OrderLineSource, "productTitle" | "variantTitle">) =>
  l.variantTitle ? `${l.productTitle} — ${l.variantTitle}` : l.productTitle;

/** The invoice of a paid order: every line, each discount, shipping, the tax the total includes, the total. */
export function buildInvoiceDetails(input: {
  number: string;
  issuedAt: Date;
  order: OrderSource;
  lines: readonly OrderLineSource[];
  discounts: readonly DiscountSource[];
  seller: SellerSettings;
}): DocumentDetails {
  const { order } = input;
  return {
    version: 1,
    kind: "invoice",
    number: input.number,
    issuedAt: input.issuedAt.toISOString(),
    orderNumber: order.number,
    orderedAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    invoiceNumber: null,
    currency: order.currency,
    seller: sellerOf(input.seller),
    buyer: buyerOf(order),
    lines: input.lines.map((l) => ({ title: lineTitle(l), sku: l.sku, unitPrice: l.unitPrice, quantity: l.quantity, total: l.lineTotal })),
    totals: orderTotalsRows(order, input.discounts),
    tax: taxLine(order.total, { name: input.seller.taxName, rateBasisPoints: input.seller.taxRateBasisPoints }),
    total: order.total,
    reason: null,
  };
}

export type RefundSource = { amount: number; shippingAmount: number; reason: string };
export type RefundLineSource = { orderLineId: number; quantity: number; amount: number };

/**
 * The credit note of one refund: the refunded lines (what was paid for those
 * units after their discounts) or, for a refund not tied to lines, one amount;
 * the shipping given back; the tax included at the corrected invoice's rate (counted on
 * all credited so far: `creditedBefore`, the order's earlier credit notes); the
 * refunded total. Amounts are positive: the document says they are credited.
 */
export function buildCreditNoteDetails(input: {
  number: string;
  issuedAt: Date;
  invoice: Pick<DocumentDetails, "number" | "tax" | "orderNumber" | "orderedAt" | "paidAt" | "currency" | "buyer">;
  refund: RefundSource;
  refundLines: readonly RefundLineSource[];
  orderLines: readonly OrderLineSource[];
  seller: SellerSettings;
  creditedBefore: { total: number; tax: number };
}): DocumentDetails {
  const { invoice, refund } = input;
  const byId = new Map(input.orderLines.map((l) => [l.id, l]));
  const lines: DocumentLine[] = input.refundLines.map((r) => {
    const line = byId.get(r.orderLineId);
    return { title: line ? lineTitle(line) : "Item", sku: line?.sku ?? null, unitPrice: null, quantity: r.quantity, total: r.amount };
  });
  const linesTotal = lines.reduce((sum, l) => sum + l.total, 0);
  // What the lines do not account for (a refund without lines, or one whose lines were not itemised).
  const rest = refund.amount - refund.shippingAmount - linesTotal;
  if (rest > 0)
    lines.push({ title: lines.length ? "Other amount refunded" : "Amount refunded", sku: null, unitPrice: null, quantity: 1, total: rest });
  const totals: OrderTotalsRow[] = [
    { kind: "subtotal", label: "Items refunded", amount: refund.amount - refund.shippingAmount },
    ...(refund.shippingAmount > 0 ? [{ kind: "shipping" as const, label: "Shipping refunded", amount: refund.shippingAmount }] : []),
    { kind: "total", label: "Total credited", amount: refund.amount },
  ];
  const rate = invoice.tax ? { name: invoice.tax.name, rateBasisPoints: invoice.tax.rateBasisPoints } : null;
  return {
    version: 1,
    kind: "credit_note",
    number: input.number,
    issuedAt: input.issuedAt.toISOString(),
    orderNumber: invoice.orderNumber,
    orderedAt: invoice.orderedAt,
    paidAt: invoice.paidAt,
    invoiceNumber: invoice.number,
    currency: invoice.currency,
    seller: sellerOf(input.seller),
    buyer: invoice.buyer,
    lines,
    totals,
    tax: rate ? creditedTaxLine(refund.amount, input.creditedBefore, rate) : null,
    total: refund.amount,
    reason: blankToNull(refund.reason),
  };
}
