import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderDiscounts, promotions, type DiscountSource } from "@/db/schema";
import { discountTotals, revenuePerPromotion, storeDefaults } from "./queries";
import { insertOrderAt } from "./testing";

const discount = (
  orderId: string,
  source: DiscountSource,
  amount: number,
  promotionId: number | null = null,
  target: "items" | "shipping" = "items",
) => db.insert(orderDiscounts).values({ orderId, source, target, amount, promotionId, label: `${source} ${amount}` });

describe("discounts on the dashboard (real PostgreSQL)", () => {
  it("sums discounts of paid orders in the range, and revenue per promotion, as computed by hand", async () => {
    const { currency } = await storeDefaults();
    const other = currency === "EUR" ? "USD" : "EUR";
    const [a] = await db
      .insert(promotions)
      .values({ name: "DASHA", code: `DASHA${Date.now()}`, type: "percent_off", amount: 10 })
      .returning();
    const [b] = await db
      .insert(promotions)
      // Ended: an automatic offer that is live would reach the carts of every other test.
      .values({ name: "Dash spend and save", type: "spend_save", tiers: [{ spend: 20000, save: 3000 }], endedAt: new Date() })
      .returning();
    // The range 2002-03-01..07: no other test uses these days.
    const o1 = await insertOrderAt({ status: "paid", paidAt: "2002-03-01T00:00:00Z", total: 9000, currency });
    await discount(o1.id, "coupon", 1000, a!.id);
    await discount(o1.id, "coupon", 500, a!.id, "shipping");
    const o2 = await insertOrderAt({ status: "shipped", paidAt: "2002-03-03T12:00:00Z", total: 17000, currency });
    await discount(o2.id, "automatic", 3000, b!.id);
    await discount(o2.id, "coupon", 1500, a!.id);
    const o3 = await insertOrderAt({ status: "refunded", paidAt: "2002-03-07T23:59:59Z", total: 5000, currency });
    await discount(o3.id, "flash_sale", 400);
    await discount(o3.id, "member", 200);
    // Not counted: never paid, paid the day after, another currency.
    const unpaid = await insertOrderAt({
      status: "pending_payment",
      paidAt: null,
      createdAt: "2002-03-02T00:00:00Z",
      total: 1000,
      currency,
    });
    await discount(unpaid.id, "coupon", 700, a!.id);
    const after = await insertOrderAt({ status: "paid", paidAt: "2002-03-08T00:00:00Z", total: 1000, currency });
    await discount(after.id, "automatic", 999, b!.id);
    const foreign = await insertOrderAt({ status: "paid", paidAt: "2002-03-04T00:00:00Z", total: 1000, currency: other });
    await discount(foreign.id, "automatic", 888, b!.id);

    const range = { from: "2002-03-01", to: "2002-03-07", days: 7 };
    expect(await discountTotals(range, currency)).toEqual({
      total: 1000 + 500 + 3000 + 1500 + 400 + 200,
      orders: 3,
      bySource: { coupon: 3000, automatic: 3000, flash_sale: 400, member: 200 },
    });
    // A and B both gave 3000; A's orders brought more revenue (9000 + 17000), so it comes first.
    expect(await revenuePerPromotion(range, currency)).toEqual([
      { promotionId: a!.id, name: "DASHA", code: a!.code, orders: 2, discount: 3000, revenue: 26000 },
      { promotionId: b!.id, name: "Dash spend and save", code: null, orders: 1, discount: 3000, revenue: 17000 },
    ]);
    expect(await discountTotals({ from: "2002-02-01", to: "2002-02-07", days: 7 }, currency)).toEqual({
      total: 0,
      orders: 0,
      bySource: {},
    });
  });
});
