import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { payments, refunds, variants } from "@/db/schema";
import { parseOrderListParams } from "@/lib/orders/list-params";
import { createTestVariant } from "@/lib/orders/testing";
import { parseDayRange } from "./params";
import { ledgerBatches, orderLineBatches, paymentBatches, refundBatches, stockBatches } from "./queries";
import { LEDGER, ORDER_LINES, PAYMENTS, REFUNDS, STOCK } from "./rows";
import { csvStream } from "./stream";
import { collectCells, insertReportOrder } from "./testing";

// June 1998: no other test writes orders, refunds or payments on those days.
const JUNE = { from: "1998-06-01", to: "1998-06-30" };

describe("CSV reports (real PostgreSQL)", () => {
  it("orders take the order list's filters and give one row per line with the order's columns", async () => {
    const email = `report-${randomUUID().slice(0, 8)}@example.com`;
    const a = await insertReportOrder({
      email,
      status: "shipped",
      createdAt: "1998-06-10T08:00:00Z",
      paidAt: "1998-06-10T08:05:00Z",
      lines: [
        { sku: "RPT-A", title: "青花瓷杯", unitPrice: 1250, quantity: 2 },
        { sku: "RPT-B", title: "=SUM(A1)", unitPrice: 999, quantity: 1 },
      ],
      discount: 300,
      shipping: 500,
      refunded: 1000,
    });
    await insertReportOrder({
      email,
      status: "paid",
      createdAt: "1998-06-11T08:00:00Z",
      lines: [{ sku: "RPT-C", title: "C", unitPrice: 1, quantity: 1 }],
    });
    await insertReportOrder({
      email,
      status: "shipped",
      createdAt: "1998-07-01T00:00:00Z",
      lines: [{ sku: "RPT-D", title: "D", unitPrice: 1, quantity: 1 }],
    });

    const filter = parseOrderListParams({ q: email, status: "shipped", ...JUNE }, "USD");
    const rows = await collectCells(orderLineBatches(filter, { size: 1 }), ORDER_LINES.cells);
    const order = [
      a.number,
      "1998-06-10 08:00:00",
      "1998-06-10 08:05:00",
      "shipped",
      email,
      "USD",
      "34.99",
      "3.00",
      "5.00",
      "36.99",
      "10.00",
    ];
    expect(rows).toEqual([
      [...order, "RPT-A", "青花瓷杯", "", "2", "12.50", "25.00"],
      [...order, "RPT-B", "=SUM(A1)", "", "1", "9.99", "9.99"],
    ]);
  });

  it("refunds and payments are those of the range, with their order's number", async () => {
    const order = await insertReportOrder({
      email: "report-money@example.com",
      status: "refunded",
      createdAt: "1998-06-12T09:00:00Z",
      paidAt: "1998-06-12T09:01:00Z",
      lines: [{ sku: "RPT-E", title: "E", unitPrice: 2000, quantity: 1 }],
      shipping: 500,
      refunded: 2500,
    });
    await db.insert(refunds).values([
      {
        orderId: order.id,
        kind: "no_return",
        amount: 2500,
        shippingAmount: 500,
        currency: "USD",
        reason: "Never arrived",
        createdAt: new Date("1998-06-20T10:00:00Z"),
      },
      { orderId: order.id, kind: "order", amount: 1, currency: "USD", createdAt: new Date("1998-07-01T00:00:00Z") },
    ]);
    await db.insert(payments).values({
      orderId: order.id,
      provider: "test",
      providerReference: `tg_${randomUUID()}`,
      status: "succeeded",
      amount: 2500,
      currency: "USD",
      createdAt: new Date("1998-06-12T09:00:30Z"),
      updatedAt: new Date("1998-06-12T09:01:00Z"),
    });
    const range = parseDayRange(JUNE).instants;
    const mine = (rows: string[][]) => rows.filter((r) => r[0] === order.number);
    expect(mine(await collectCells(refundBatches(range), REFUNDS.cells))).toEqual([
      [order.number, "1998-06-20 10:00:00", "no_return", "USD", "25.00", "5.00", "Never arrived", "", ""],
    ]);
    const paid = mine(await collectCells(paymentBatches(range), PAYMENTS.cells));
    expect(paid).toHaveLength(1);
    expect(paid[0]).toEqual([
      order.number,
      "1998-06-12 09:00:30",
      "1998-06-12 09:01:00",
      "test",
      expect.stringMatching(/^tg_/),
      "succeeded",
      "USD",
      "25.00",
      "",
    ]);
  });

  it("stock and the ledger take the inventory list's filters", async () => {
    const title = `Report stock ${randomUUID().slice(0, 8)}`;
    const low = await createTestVariant({ price: 500, stock: 2, title: `${title} low` });
    await createTestVariant({ price: 500, stock: 1000, title: `${title} high` });
    await db.update(variants).set({ stock: 0 }).where(eq(variants.id, low.variantId));
    const stock = await collectCells(stockBatches({ q: title, lowOnly: false }), STOCK.cells);
    expect(stock.map((r) => [r[1], r[4], r[6]])).toEqual([
      [`${title} high`, "1000", "no"],
      [`${title} low`, "0", "yes"],
    ]);
    expect((await collectCells(stockBatches({ q: title, lowOnly: true }), STOCK.cells)).map((r) => r[1])).toEqual([`${title} low`]);

    const today = new Date().toISOString().slice(0, 10);
    const range = parseDayRange({ from: today, to: today }).instants;
    const ledger = (lowOnly: boolean) => collectCells(ledgerBatches(range, { q: title, lowOnly }), LEDGER.cells);
    expect((await ledger(true)).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      [`${title} low`, "2", "2", "initial"],
      [`${title} low`, "-2", "0", "correction"],
    ]);
    expect(await ledger(false)).toHaveLength(3);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(
      await collectCells(ledgerBatches(parseDayRange({ to: yesterday }).instants, { q: title, lowOnly: false }), LEDGER.cells),
    ).toEqual([]);
  });

  it("a cancelled download closes its cursor and gives the connection back", async () => {
    const email = `report-cancel-${randomUUID().slice(0, 8)}@example.com`;
    for (let i = 0; i < 3; i++)
      await insertReportOrder({
        email,
        status: "paid",
        createdAt: `1998-06-1${i}T00:00:00Z`,
        lines: [{ sku: `RPT-X${i}`, title: "X", unitPrice: 1, quantity: 1 }],
      });
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const filter = parseOrderListParams({ q: email }, "USD");
      const reader = csvStream(ORDER_LINES.header, orderLineBatches(filter, { size: 1, client }), ORDER_LINES.cells).getReader();
      await reader.read(); // header
      expect(new TextDecoder().decode((await reader.read()).value)).toContain("RPT-X0");
      await reader.cancel();
      // With one connection, this waits for ever unless the cursor was closed.
      const [row] = await Promise.race([
        client`select 1 as one`,
        new Promise<never>((_, no) => setTimeout(() => no(new Error("connection still held")), 5000)),
      ]);
      expect(row!.one).toBe(1);
    } finally {
      await client.end({ timeout: 1 });
    }
  });
});
