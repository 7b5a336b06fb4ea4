import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { variants } from "@/db/schema";
import { createTestVariant } from "@/lib/orders/testing";
import { bumpFunnel } from "./mutations";
import { getDashboard, listLowStock, storeDefaults } from "./queries";
import { average } from "./range";
import { insertOrderAt } from "./testing";

async function funnelCount(day: string, metric: "product_view" | "add_to_cart"): Promise<number> {
  const [row] = (await db.execute(sql`select count from funnel_daily where day = ${day}::date and metric = ${metric}`)) as unknown as {
    count: string;
  }[];
  return Number(row?.count ?? 0);
}

describe("funnel counters (real PostgreSQL)", () => {
  it("20 concurrent bumps add exactly 20, on the UTC day of the event", async () => {
    const at = new Date("2001-01-15T23:59:59.500Z");
    const before = await funnelCount("2001-01-15", "add_to_cart");
    await Promise.all(Array.from({ length: 20 }, () => bumpFunnel("add_to_cart", at)));
    expect(await funnelCount("2001-01-15", "add_to_cart")).toBe(before + 20);
    expect(await funnelCount("2001-01-16", "add_to_cart")).toBe(0);
    await bumpFunnel("product_view", new Date("2001-01-16T00:00:00Z"));
    expect(await funnelCount("2001-01-16", "product_view")).toBe(1);
  });
});

describe("dashboard figures (real PostgreSQL)", () => {
  it("revenue, orders, AOV, refunds, funnel and top products match hand-computed values, with the previous period", async () => {
    const { currency } = await storeDefaults();
    const a = await createTestVariant({ price: 500, stock: 50, title: "Dash A" });
    const b = await createTestVariant({ price: 2500, stock: 50, title: "Dash B" });
    const line = (v: typeof a, unitPrice: number, quantity: number) => ({ ...v, unitPrice, quantity });
    // The range 2001-05-01..07 (7 days) and the one before it, 2001-04-24..30; no other test uses these days.
    await insertOrderAt({ status: "paid", paidAt: "2001-05-01T00:00:00Z", lines: [line(a, 500, 2)], currency }); // 1000
    await insertOrderAt({ status: "shipped", paidAt: "2001-05-03T23:59:59Z", lines: [line(b, 2500, 1)], currency }); // 2500
    await insertOrderAt({
      status: "refunded",
      paidAt: "2001-05-07T12:00:00Z",
      refundedAt: "2001-05-07T15:00:00Z",
      lines: [line(a, 500, 3)],
      currency,
    }); // 1500
    await insertOrderAt({ status: "paid", paidAt: "2001-05-08T00:00:00Z", total: 9999, currency }); // the day after: not in range
    await insertOrderAt({ status: "pending_payment", paidAt: null, createdAt: "2001-05-02T10:00:00Z", total: 7777, currency });
    await insertOrderAt({ status: "cancelled", paidAt: null, createdAt: "2001-05-02T11:00:00Z", total: 6666, currency });
    await insertOrderAt({ status: "delivered", paidAt: "2001-05-04T10:00:00Z", total: 4444, currency: currency === "EUR" ? "USD" : "EUR" }); // another currency
    // previous period: 2000 + 1000 + 500 (refunded then) + 800 (refunded in the current period)
    await insertOrderAt({ status: "paid", paidAt: "2001-04-24T00:00:00Z", total: 2000, currency });
    await insertOrderAt({ status: "completed", paidAt: "2001-04-30T23:59:59Z", total: 1000, currency });
    await insertOrderAt({ status: "refunded", paidAt: "2001-04-25T09:00:00Z", refundedAt: "2001-04-26T09:00:00Z", total: 500, currency });
    await insertOrderAt({ status: "refunded", paidAt: "2001-04-28T09:00:00Z", refundedAt: "2001-05-02T09:00:00Z", total: 800, currency });
    for (let i = 0; i < 10; i++) await bumpFunnel("product_view", new Date("2001-05-02T08:00:00Z"));
    for (let i = 0; i < 4; i++) await bumpFunnel("add_to_cart", new Date("2001-05-05T08:00:00Z"));
    for (let i = 0; i < 5; i++) await bumpFunnel("product_view", new Date("2001-04-27T08:00:00Z"));

    const d = await getDashboard({ from: "2001-05-01", to: "2001-05-07", days: 7 });
    expect(d.current).toEqual({ revenue: 5000, orders: 3, refunds: 2, refundAmount: 2300, productViews: 10, addToCarts: 4 });
    expect(d.previous).toEqual({ revenue: 4300, orders: 4, refunds: 1, refundAmount: 500, productViews: 5, addToCarts: 0 });
    expect(average(d.current.revenue, d.current.orders)).toBe(1667);
    expect(average(d.previous.revenue, d.previous.orders)).toBe(1075);
    expect(d.daily).toEqual([
      { day: "2001-05-01", revenue: 1000, orders: 1 },
      { day: "2001-05-03", revenue: 2500, orders: 1 },
      { day: "2001-05-07", revenue: 1500, orders: 1 },
    ]);
    expect(d.topProducts.map((p) => [p.title, p.units, p.revenue])).toEqual([
      ["Dash A", 5, 2500],
      ["Dash B", 1, 2500],
    ]);
  });

  it("lists variants at or below their own threshold, else the store's", async () => {
    const { lowStock } = await storeDefaults();
    const low = await createTestVariant({ price: 100, stock: lowStock });
    const fine = await createTestVariant({ price: 100, stock: lowStock + 1 });
    const own = await createTestVariant({ price: 100, stock: 3 });
    await db
      .update(variants)
      .set({ lowStockThreshold: 2 })
      .where(sql`${variants.id} = ${own.variantId}`);
    const ownLow = await createTestVariant({ price: 100, stock: 0 });
    await db
      .update(variants)
      .set({ lowStockThreshold: 0 })
      .where(sql`${variants.id} = ${ownLow.variantId}`);
    const ids = await db.select({ id: variants.id, sku: variants.sku }).from(variants);
    const sku = (id: number) => ids.find((v) => v.id === id)!.sku;
    const listed = (await listLowStock(lowStock, 10_000)).variants.map((v) => v.sku);
    expect(listed).toContain(sku(low.variantId));
    expect(listed).toContain(sku(ownLow.variantId));
    expect(listed).not.toContain(sku(fine.variantId));
    expect(listed).not.toContain(sku(own.variantId));
  });
});
