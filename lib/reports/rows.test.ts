import { describe, expect, it } from "vitest";
import { encodeExportRow } from "@/lib/products/csv/csv-codec";
import { DAILY, LEDGER, ORDER_LINES, REFUNDS, STOCK } from "./rows";

describe("report rows", () => {
  it("an order line carries its order's columns, amounts as decimals and dates in UTC", () => {
    const cells = ORDER_LINES.cells({
      number: "MC-2026-000123",
      createdAt: "2026-03-01 09:15:00.5+00",
      paidAt: null,
      status: "paid",
      email: "ann@example.com",
      currency: "USD",
      subtotal: 4000,
      discountTotal: 500,
      shippingTotal: 499,
      total: 3999,
      refundedTotal: 0,
      sku: "MUG-1",
      productTitle: "青花瓷杯, blue",
      variantTitle: "Large",
      quantity: 2,
      unitPrice: 2000,
      lineTotal: 4000,
    });
    expect(cells).toHaveLength(ORDER_LINES.header.length);
    expect(encodeExportRow(cells)).toBe(
      'MC-2026-000123,2026-03-01 09:15:00,,paid,ann@example.com,USD,40.00,5.00,4.99,39.99,0.00,MUG-1,"青花瓷杯, blue",Large,2,20.00,40.00\r\n',
    );
  });

  it("an order without lines still has its row, line columns blank", () => {
    const cells = ORDER_LINES.cells({
      ...Object.fromEntries(ORDER_LINES.keys.map((k) => [k, null])),
      number: "MC-2026-000124",
      createdAt: new Date("2026-03-01T00:00:00Z"),
      status: "cancelled",
      email: "b@example.com",
      currency: "EUR",
      subtotal: 0,
      discountTotal: 0,
      shippingTotal: 0,
      total: 0,
      refundedTotal: 0,
    } as never);
    expect(cells.slice(11)).toEqual(["", "", "", "", "", ""]);
  });

  it("text a spreadsheet would run is written as text; negative numbers stay numbers", () => {
    const refund = REFUNDS.cells({
      number: "MC-2026-000125",
      createdAt: "2026-03-02 10:00:00+00",
      kind: "no_return",
      currency: "USD",
      amount: 1500,
      shippingAmount: 0,
      reason: '=HYPERLINK("http://evil")',
      providerReference: null,
      staffEmail: "@staff",
    });
    expect(encodeExportRow(refund)).toBe(
      `MC-2026-000125,2026-03-02 10:00:00,no_return,USD,15.00,0.00,"'=HYPERLINK(""http://evil"")",,'@staff\r\n`,
    );
    const ledger = LEDGER.cells({
      createdAt: "2026-03-02 10:00:00+00",
      sku: "+SKU",
      productTitle: "\tTab",
      delta: -3,
      stockAfter: 7,
      reason: "order",
      note: "-2+3",
      orderNumber: "MC-2026-000125",
      actorEmail: null,
    });
    expect(encodeExportRow(ledger)).toBe(`2026-03-02 10:00:00,'+SKU,'\tTab,-3,7,order,'-2+3,MC-2026-000125,\r\n`);
  });

  it("stock names the variant from its options and flags low stock", () => {
    expect(
      STOCK.cells({
        sku: "TEE-M-BLK",
        productTitle: "Tee",
        options: [
          { name: "Size", values: ["M"] },
          { name: "Colour", values: ["Black"] },
        ],
        optionValues: { Colour: "Black", Size: "M" },
        productStatus: "active",
        stock: 2,
        threshold: 5,
        low: true,
      }),
    ).toEqual(["TEE-M-BLK", "Tee", "M / Black", "active", "2", "5", "yes"]);
  });

  it("a day's figures add the average order value and revenue after refunds", () => {
    expect(
      DAILY.cells({
        day: "2026-03-01",
        currency: "USD",
        orders: 3,
        revenue: 10000,
        refunds: 1,
        refundAmount: 12500,
        productViews: 40,
        addToCarts: 6,
      }),
    ).toEqual(["2026-03-01", "USD", "3", "100.00", "33.33", "1", "125.00", "-25.00", "40", "6"]);
  });
});
