import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { cacheTagRevalidations, orderLines, orders, productPairs } from "@/db/schema";
import { TAGS } from "@/lib/cache-tags";
import { createRankingCategory, createRankingProduct, insertRankingOrder } from "@/lib/rankings/testing";
import { countProductPairsBatch } from "./pairs";

async function pairsOf(ids: number[]): Promise<Record<string, number>> {
  const rows = await db.select().from(productPairs).where(inArray(productPairs.productId, ids));
  return Object.fromEntries(rows.map((r) => [`${r.productId}>${r.otherId}`, r.orders]));
}

/** Batches until none is left (other test files' orders may be counted too). */
async function drain(batch: number, lines = 20): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await countProductPairsBatch(batch, lines);
    total += n;
    if (n === 0) return total;
  }
}

async function pendingOf(ids: number[]): Promise<number> {
  const rows = await db
    .selectDistinct({ id: orders.id })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(and(inArray(orderLines.productId, ids), isNull(orders.pairsCountedAt)));
  return rows.length;
}

async function threeProducts(categoryId: number) {
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => createRankingProduct(categoryId)));
  return [a!, b!, c!] as const;
}

describe("co-purchase counts", () => {
  it("count each paid order once, both directions, a product once per order, unpaid orders not at all", async () => {
    const category = await createRankingCategory();
    const [a, b, c] = await threeProducts(category.id);
    const paidAt = new Date();
    const line = (p: { id: number }, quantity = 1) => ({ productId: p.id, quantity });
    await insertRankingOrder({ status: "paid", paidAt, lines: [line(a), line(b)] });
    // The same product on two lines (two variants) still counts as one.
    await insertRankingOrder({ status: "paid", paidAt, lines: [line(a), line(a, 2), line(b), line(c)] });
    await insertRankingOrder({ status: "pending_payment", paidAt: null, lines: [line(a), line(c)] });

    await drain(500);
    expect(await pairsOf([a.id, b.id, c.id])).toEqual({
      [`${a.id}>${b.id}`]: 2,
      [`${b.id}>${a.id}`]: 2,
      [`${a.id}>${c.id}`]: 1,
      [`${c.id}>${a.id}`]: 1,
      [`${b.id}>${c.id}`]: 1,
      [`${c.id}>${b.id}`]: 1,
    });
    // Swept again: nothing changes.
    await drain(500);
    expect((await pairsOf([a.id]))[`${a.id}>${b.id}`]).toBe(2);
    // The unpaid order waits; once paid it counts, once.
    expect(await pendingOf([a.id, c.id])).toBe(1);
    const unpaid = db.select({ id: orderLines.orderId }).from(orderLines).where(eq(orderLines.productId, c.id));
    await db
      .update(orders)
      .set({ status: "paid", paidAt })
      .where(and(isNull(orders.paidAt), inArray(orders.id, unpaid)));
    await drain(500);
    expect((await pairsOf([c.id]))[`${c.id}>${a.id}`]).toBe(2);
  });

  it("two sweeps at the same time count every order exactly once", async () => {
    const category = await createRankingCategory();
    const [a, b, c] = await threeProducts(category.id);
    const paidAt = new Date();
    for (let i = 0; i < 40; i++) {
      const lines = i % 2 === 0 ? [a, b] : [a, b, c];
      await insertRankingOrder({ status: "paid", paidAt, lines: lines.map((p) => ({ productId: p.id, quantity: 1 })) });
    }
    // Small batches, so the two sweeps interleave many times over the same rows.
    await Promise.all([drain(3), drain(3), drain(5)]);
    const pairs = await pairsOf([a.id, b.id, c.id]);
    expect(pairs[`${a.id}>${b.id}`]).toBe(40);
    expect(pairs[`${b.id}>${a.id}`]).toBe(40);
    expect(pairs[`${a.id}>${c.id}`]).toBe(20);
    expect(pairs[`${c.id}>${b.id}`]).toBe(20);
    expect(await pendingOf([a.id])).toBe(0);
  });

  it("count only an order's largest lines, so a huge order adds a bounded number of pairs", async () => {
    const category = await createRankingCategory();
    const items = await Promise.all(Array.from({ length: 6 }, () => createRankingProduct(category.id)));
    // Line totals 1000 × quantity: the smallest line (quantity 1, items[0]) is left out with 5 lines per order.
    await insertRankingOrder({ status: "paid", paidAt: new Date(), lines: items.map((p, i) => ({ productId: p.id, quantity: i + 1 })) });
    await drain(500, 5);
    const pairs = await pairsOf(items.map((p) => p.id));
    expect(Object.keys(pairs)).toHaveLength(5 * 4);
    expect(Object.keys(pairs).some((k) => k.includes(`${items[0]!.id}`))).toBe(false);
  });
});

describe("co-purchase counts and the cache", () => {
  it("mark stale the recommendations of the products whose pairs changed, and only those", async () => {
    const category = await createRankingCategory();
    const [a, b, c] = await threeProducts(category.id);
    const before = Date.now();
    await insertRankingOrder({ status: "paid", paidAt: new Date(), lines: [a, b].map((p) => ({ productId: p.id, quantity: 1 })) });
    // An order of one product adds no pair: its product's rows stay cached.
    await insertRankingOrder({ status: "paid", paidAt: new Date(), lines: [{ productId: c.id, quantity: 1 }] });
    await drain(500);
    const tags = [a, b, c].map((p) => TAGS.productRecommendations(p.id));
    const rows = await db.select().from(cacheTagRevalidations).where(inArray(cacheTagRevalidations.tag, tags));
    expect(Object.fromEntries(rows.map((r) => [r.tag, r.revalidatedAt >= before]))).toEqual({ [tags[0]!]: true, [tags[1]!]: true });
  });
});
