import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders, products, type OrderStatus } from "@/db/schema";
import { createTestOrder, createTestUser } from "@/lib/accounts/testing";
import { listShopperOrders } from "./queries/shopper-list";
import { parseShopperOrderParams } from "./shopper-list-params";
import { createTestVariant } from "./testing";

let n = 0;
/** A fresh product whose title holds `word`, in the shape createTestOrder takes. */
async function product(word: string) {
  const v = await createTestVariant({ price: 1200, stock: 5, title: `${word} ${Date.now()}-${++n}` });
  const [p] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, v.productId));
  return { id: v.productId, slug: p!.slug, title: v.title, variantId: v.variantId, sku: `SKU-${p!.slug}`, price: 1200 };
}

async function order(userId: string, status: OrderStatus, day: string, item: Awaited<ReturnType<typeof product>>) {
  const o = await createTestOrder(userId, status, [item]);
  await db
    .update(orders)
    .set({ createdAt: new Date(`${day}T12:00:00Z`) })
    .where(eq(orders.id, o.id));
  return o.number;
}

const list = (userId: string, params: Record<string, string>) => listShopperOrders(userId, parseShopperOrderParams(params));
const numbers = async (userId: string, params: Record<string, string>) => (await list(userId, params)).rows.map((r) => r.number);

describe("the shopper's order list", () => {
  it("filters by number, product word, status and inclusive dates, only ever the shopper's own", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const word = `Zebrafolk${Date.now()}`;
    const striped = await product(`Striped ${word} mug`);
    const plain = await product("Plain teapot");
    const a = await order(me.id, "delivered", "2026-03-01", striped);
    const b = await order(me.id, "shipped", "2026-03-10", plain);
    const c = await order(me.id, "delivered", "2026-03-20", plain);
    const theirs = await order(other.id, "delivered", "2026-03-15", striped);

    expect(await numbers(me.id, {})).toEqual([c, b, a]);
    expect(await numbers(me.id, { q: word.toLowerCase() })).toEqual([a]);
    expect(await numbers(me.id, { q: b })).toEqual([b]);
    expect(await numbers(me.id, { q: b.toLowerCase().slice(-6) })).toEqual([b]);
    expect(await numbers(me.id, { status: "delivered" })).toEqual([c, a]);
    expect(await numbers(me.id, { from: "2026-03-01", to: "2026-03-10" })).toEqual([b, a]);
    expect(await numbers(me.id, { from: "2026-03-11" })).toEqual([c]);
    expect(await numbers(me.id, { status: "delivered", to: "2026-03-19" })).toEqual([a]);
    // The other shopper's order matches the word and the number, but is never listed.
    expect(await numbers(me.id, { q: theirs })).toEqual([]);
    expect(await numbers(other.id, { q: word })).toEqual([theirs]);
    // LIKE wildcards are taken literally.
    expect(await numbers(me.id, { q: "%" })).toEqual([]);
  });

  it("pages ten at a time with the total, and past the end is empty", async () => {
    const me = await createTestUser();
    const item = await product("Pager lamp");
    const made: string[] = [];
    for (let i = 1; i <= 12; i++) made.push(await order(me.id, "paid", `2026-01-${String(i).padStart(2, "0")}`, item));
    const first = await list(me.id, {});
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.rows.map((r) => r.number)).toEqual(made.slice(2).reverse());
    expect(first.rows[0]!.itemCount).toBe(1);
    const second = await list(me.id, { page: "2" });
    expect(second.rows.map((r) => r.number)).toEqual([made[1], made[0]]);
    const beyond = await list(me.id, { page: "5" });
    expect(beyond).toMatchObject({ rows: [], total: 12, pageCount: 2 });
  });
});
