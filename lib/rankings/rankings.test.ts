import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderLines, orders, products } from "@/db/schema";
import { listBestSellers, listByReviews, listNewest } from "./queries";
import { refreshProductSales } from "./refresh";
import { createRankingCategory, createRankingProduct, insertRankingOrder } from "./testing";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const slugsUnits = (rows: Awaited<ReturnType<typeof listBestSellers>>) => rows.map((r) => [r.product.slug, r.units]);

describe("best sellers", () => {
  it("count units of paid orders in the period, leaving out unpaid, cancelled and refunded orders and unavailable products", async () => {
    const category = await createRankingCategory();
    const [a, b, c, draft] = await Promise.all([
      createRankingProduct(category.id),
      createRankingProduct(category.id),
      createRankingProduct(category.id),
      createRankingProduct(category.id, { status: "draft" }),
    ]);
    await insertRankingOrder({
      status: "paid",
      paidAt: ago(1),
      lines: [
        { productId: a.id, quantity: 3 },
        { productId: b.id, quantity: 1 },
      ],
    });
    await insertRankingOrder({ status: "completed", paidAt: ago(2), lines: [{ productId: a.id, quantity: 2 }] });
    await insertRankingOrder({ status: "shipped", paidAt: ago(20), lines: [{ productId: b.id, quantity: 10 }] });
    await insertRankingOrder({ status: "delivered", paidAt: ago(100), lines: [{ productId: c.id, quantity: 50 }] });
    // Not counted: unpaid, cancelled, refunded in full, a draft product.
    await insertRankingOrder({ status: "pending_payment", paidAt: null, lines: [{ productId: c.id, quantity: 99 }] });
    await insertRankingOrder({ status: "cancelled", paidAt: ago(1), lines: [{ productId: c.id, quantity: 99 }] });
    await insertRankingOrder({ status: "refunded", paidAt: ago(1), lines: [{ productId: b.id, quantity: 99 }] });
    await insertRankingOrder({ status: "paid", paidAt: ago(1), lines: [{ productId: draft.id, quantity: 99 }] });

    await refreshProductSales();
    const ids = [category.id];
    expect(slugsUnits(await listBestSellers("week", ids, 10))).toEqual([
      [a.slug, 5],
      [b.slug, 1],
    ]);
    expect(slugsUnits(await listBestSellers("month", ids, 10))).toEqual([
      [b.slug, 11],
      [a.slug, 5],
    ]);
    expect(slugsUnits(await listBestSellers("all", ids, 10))).toEqual([
      [c.slug, 50],
      [b.slug, 11],
      [a.slug, 5],
    ]);
    expect(slugsUnits(await listBestSellers("all", ids, 1))).toEqual([[c.slug, 50]]);
    // Overall (no category), the product is there too with the same figure.
    const overall = await listBestSellers("week", null, 100_000);
    expect(overall.find((r) => r.product.slug === a.slug)?.units).toBe(5);
  });
});

describe("the sales rollup", () => {
  it("follows a cancellation and an archived product at its next refresh", async () => {
    const category = await createRankingCategory();
    const [a, b] = await Promise.all([createRankingProduct(category.id), createRankingProduct(category.id)]);
    await insertRankingOrder({ status: "paid", paidAt: ago(1), lines: [{ productId: a.id, quantity: 4 }] });
    await insertRankingOrder({ status: "paid", paidAt: ago(1), lines: [{ productId: b.id, quantity: 2 }] });
    await refreshProductSales();
    expect(slugsUnits(await listBestSellers("week", [category.id], 10))).toEqual([
      [a.slug, 4],
      [b.slug, 2],
    ]);
    await db
      .update(orders)
      .set({ status: "cancelled" })
      .where(eq(orders.id, (await lastOrderOf(a.id))!));
    await db.update(products).set({ status: "archived" }).where(eq(products.id, b.id));
    // Until the refresh the archived product is already left out; the cancelled units go at the refresh.
    expect(slugsUnits(await listBestSellers("week", [category.id], 10))).toEqual([[a.slug, 4]]);
    await refreshProductSales();
    expect(await listBestSellers("all", [category.id], 10)).toEqual([]);
  });
});

async function lastOrderOf(productId: number): Promise<string | undefined> {
  const [row] = await db.select({ orderId: orderLines.orderId }).from(orderLines).where(eq(orderLines.productId, productId)).limit(1);
  return row?.orderId;
}

describe("other rankings", () => {
  it("new arrivals by publication, most reviewed and top rated by the products' review figures", async () => {
    const category = await createRankingCategory();
    const old = await createRankingProduct(category.id, { publishedAt: ago(30), rating: { average: 5, count: 2 } });
    const fresh = await createRankingProduct(category.id, { publishedAt: ago(1), rating: { average: 3.5, count: 40 } });
    await createRankingProduct(category.id, { publishedAt: ago(0), status: "archived", rating: { average: 5, count: 99 } });
    const unrated = await createRankingProduct(category.id, { publishedAt: ago(10) });
    const ids = [category.id];
    expect((await listNewest(ids, 10)).map((r) => r.product.slug)).toEqual([fresh.slug, unrated.slug, old.slug]);
    expect((await listByReviews("count", ids, 10)).map((r) => r.product.slug)).toEqual([fresh.slug, old.slug]);
    expect((await listByReviews("rating", ids, 10)).map((r) => r.product.slug)).toEqual([old.slug, fresh.slug]);
  });
});
