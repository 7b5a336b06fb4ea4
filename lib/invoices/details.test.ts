import { describe, expect, it } from "vitest";
import { buildCreditNoteDetails, buildInvoiceDetails, type OrderSource, type SellerSettings } from "./details";

const seller: SellerSettings = {
  storeName: "小店 Mercato",
  storeAddress: "上海市黄浦区南京东路 1 号\r\n200001 Shanghai\n\n",
  storeTaxNumber: " 91310000MA1FL8XQ3P ",
  contactEmail: "shop@example.com",
  taxName: "增值税 VAT",
  taxRateBasisPoints: 1300,
};

const order: OrderSource = {
  number: "MC-2026-000123",
  email: "ann@example.com",
  currency: "CNY",
  subtotal: 30000,
  shippingTotal: 1000,
  shippingMethodName: "Standard",
  discountTotal: 2000,
  total: 29000,
  createdAt: new Date("2026-03-01T08:00:00Z"),
  paidAt: new Date("2026-03-01T08:05:00Z"),
  shipName: "李安",
  shipLine1: "人民路 8 号",
  shipCity: "杭州",
  shipPostalCode: "310000",
  shipCountry: "CN",
  invoiceCompany: "  ",
  invoiceTaxNumber: null,
};

const lines = [
  { id: 1, productTitle: "真丝围巾", variantTitle: "红色", sku: "SCARF-RED", unitPrice: 10000, quantity: 2, lineTotal: 20000 },
  { id: 2, productTitle: "Tea cup", variantTitle: "", sku: "CUP", unitPrice: 10000, quantity: 1, lineTotal: 10000 },
];

describe("an invoice's frozen details", () => {
  const details = buildInvoiceDetails({
    number: "INV-2026-000007",
    issuedAt: new Date("2026-03-01T08:05:00Z"),
    order,
    lines,
    discounts: [
      { label: "Coupon SPRING", amount: 1500, target: "items" },
      { label: "Free shipping over ¥200", amount: 500, target: "shipping" },
    ],
    seller,
  });

  it("name the seller from the settings and the buyer from the order (no blank company, no phone)", () => {
    expect(details.seller).toEqual({
      name: "小店 Mercato",
      addressLines: ["上海市黄浦区南京东路 1 号", "200001 Shanghai"],
      taxNumber: "91310000MA1FL8XQ3P",
      email: "shop@example.com",
    });
    expect(details.buyer).toEqual({
      name: "李安",
      company: null,
      taxNumber: null,
      addressLines: ["人民路 8 号", "310000 杭州", "China"],
      email: "ann@example.com",
    });
  });

  it("list each line, each discount in its place, shipping and the total", () => {
    expect(details.lines).toEqual([
      { title: "真丝围巾 — 红色", sku: "SCARF-RED", unitPrice: 10000, quantity: 2, total: 20000 },
      { title: "Tea cup", sku: "CUP", unitPrice: 10000, quantity: 1, total: 10000 },
    ]);
    expect(details.totals).toEqual([
      { kind: "subtotal", label: "Subtotal", amount: 30000 },
      { kind: "discount", label: "Coupon SPRING", amount: 1500 },
      { kind: "shipping", label: "Shipping (Standard)", amount: 1000 },
      { kind: "discount", label: "Free shipping over ¥200", amount: 500 },
      { kind: "total", label: "Total", amount: 29000 },
    ]);
  });

  it("show the tax the total includes: 290.00 at 13% contains 33.36 (33.362… rounded half up)", () => {
    expect(details.tax).toEqual({ name: "增值税 VAT", rateBasisPoints: 1300, amount: 3336, net: 25664 });
    expect(details).toMatchObject({ total: 29000, currency: "CNY", invoiceNumber: null, paidAt: "2026-03-01T08:05:00.000Z" });
  });

  it("have no tax line at a 0% rate", () => {
    const untaxed = buildInvoiceDetails({
      number: "INV-2026-000008",
      issuedAt: new Date(),
      order,
      lines,
      discounts: [],
      seller: { ...seller, taxRateBasisPoints: 0 },
    });
    expect(untaxed.tax).toBeNull();
    // Discounts not itemised (older orders) show as one line.
    expect(untaxed.totals.map((t) => t.label)).toEqual(["Subtotal", "Discount", "Shipping (Standard)", "Total"]);
  });

  it("a credit note takes the invoice's rate and buyer, its lines and shipping from the refund", () => {
    const note = buildCreditNoteDetails({
      number: "CN-2026-000002",
      issuedAt: new Date("2026-03-10T10:00:00Z"),
      invoice: details,
      refund: { amount: 10800, shippingAmount: 1000, reason: "" },
      refundLines: [{ orderLineId: 1, quantity: 1, amount: 9800 }],
      orderLines: lines,
      seller: { ...seller, taxRateBasisPoints: 600, taxName: "GST" },
      creditedBefore: { total: 0, tax: 0 },
    });
    expect(note).toMatchObject({ kind: "credit_note", invoiceNumber: "INV-2026-000007", buyer: details.buyer, total: 10800, reason: null });
    expect(note.lines).toEqual([{ title: "真丝围巾 — 红色", sku: "SCARF-RED", unitPrice: null, quantity: 1, total: 9800 }]);
    expect(note.totals.map((t) => [t.label, t.amount])).toEqual([
      ["Items refunded", 9800],
      ["Shipping refunded", 1000],
      ["Total credited", 10800],
    ]);
    // 108.00 at the invoice's 13% (not today's 6%): 12.424… → 12.42
    expect(note.tax).toEqual({ name: "增值税 VAT", rateBasisPoints: 1300, amount: 1242, net: 9558 });
  });
});
