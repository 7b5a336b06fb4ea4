import { describe, expect, it } from "vitest";
import { dailyFigures } from "./daily";
import { bumpFunnel } from "./mutations";
import { getDashboard, storeDefaults } from "./queries";
import { insertOrderAt } from "./testing";

describe("the dashboard's figures per day (real PostgreSQL)", () => {
  it("gives every day of the range, counted as the dashboard counts, and they add up to its totals", async () => {
    const { currency } = await storeDefaults();
    // 1998-08-01..03: no other test writes orders or funnel counts on those days.
    await insertOrderAt({ status: "paid", paidAt: "1998-08-01T00:00:00Z", total: 1000, currency });
    await insertOrderAt({ status: "shipped", paidAt: "1998-08-01T23:59:59Z", total: 2500, currency });
    await insertOrderAt({ status: "refunded", paidAt: "1998-07-31T12:00:00Z", refundedAt: "1998-08-03T09:00:00Z", total: 800, currency });
    await insertOrderAt({ status: "pending_payment", paidAt: null, createdAt: "1998-08-02T10:00:00Z", total: 7777, currency });
    await insertOrderAt({ status: "paid", paidAt: "1998-08-04T00:00:00Z", total: 9999, currency });
    for (let i = 0; i < 3; i++) await bumpFunnel("product_view", new Date("1998-08-02T08:00:00Z"));
    await bumpFunnel("add_to_cart", new Date("1998-08-03T08:00:00Z"));

    const range = { from: "1998-08-01", to: "1998-08-03", days: 3 };
    const days = await dailyFigures(range, currency);
    expect(days).toEqual([
      { day: "1998-08-01", orders: 2, revenue: 3500, refunds: 0, refundAmount: 0, productViews: 0, addToCarts: 0 },
      { day: "1998-08-02", orders: 0, revenue: 0, refunds: 0, refundAmount: 0, productViews: 3, addToCarts: 0 },
      { day: "1998-08-03", orders: 0, revenue: 0, refunds: 1, refundAmount: 800, productViews: 0, addToCarts: 1 },
    ]);
    const sum = (key: Exclude<keyof (typeof days)[number], "day">) => days.reduce((s, d) => s + d[key], 0);
    expect((await getDashboard(range)).current).toEqual({
      orders: sum("orders"),
      revenue: sum("revenue"),
      refunds: sum("refunds"),
      refundAmount: sum("refundAmount"),
      productViews: sum("productViews"),
      addToCarts: sum("addToCarts"),
    });
  });
});
