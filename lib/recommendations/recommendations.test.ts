import { and, count, eq, isNotNull, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders, products } from "@/db/schema";
import { refreshProductSales } from "@/lib/rankings/refresh";
import { createRankingCategory, insertRankingOrder } from "@/lib/rankings/testing";
import { countProductPairsBatch } from "./pairs";
import { alsoBought, forYou, similar } from "./queries";
import { NO_SIGNALS } from "./rules";
import { createRecProduct, createTestBrand } from "./testing";

const slugs = (cards: { slug: string }[]) => cards.map((c) => c.slug);

/** Paid orders of these products, `times` over, counted into product_pairs. */
async function boughtTogether(times: number, ...items: { id: number }[]) {
  for (let i = 0; i < times; i++)
    await insertRankingOrder({ status: "paid", paidAt: new Date(), lines: items.map((p) => ({ productId: p.id, quantity: 1 })) });
}
/**
 * Until no paid order waits to be counted. Another test file's sweep may hold some of them
 * (SKIP LOCKED) when a batch here returns 0, so wait for its commit rather than read half-counted pairs.
 */
async function countAll() {
  for (;;) {
    while ((await countProductPairsBatch(500, 20)) > 0);
    const [waiting] = await db
      .select({ n: count() })
      .from(orders)
      .where(and(isNotNull(orders.paidAt), isNull(orders.pairsCountedAt)));
    if (!waiting?.n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("customers also bought", () => {
  it("rank the products bought with it by orders, leave out itself and what cannot be bought, and fill up from the category's best sellers", async () => {
    const category = await createRankingCategory();
    const [a, b, c, soldOut, draft, popular] = await Promise.all([
      createRecProduct(category.id),
      createRecProduct(category.id),
      createRecProduct(category.id),
      createRecProduct(category.id, { soldOut: true }),
      createRecProduct(category.id),
      createRecProduct(category.id),
    ]);
    await boughtTogether(3, a, b);
    await boughtTogether(1, a, c);
    await boughtTogether(5, a, soldOut);
    await boughtTogether(6, a, draft);
    // Sold alone, many units: the category's best seller.
    await insertRankingOrder({ status: "paid", paidAt: new Date(), lines: [{ productId: popular.id, quantity: 500 }] });
    await countAll();
    // Rankings' rollup first (while `draft` is still active it sells), then the product leaves the shop.
    await db.update(products).set({ status: "draft" }).where(eq(products.id, draft.id));
    await refreshProductSales();

    expect(slugs(await alsoBought([a.id], 2))).toEqual([b.slug, c.slug]);
    expect(slugs(await alsoBought([a.id], 3))).toEqual([b.slug, c.slug, popular.slug]);
    // For a cart holding a and b: what goes with either, never what is in it.
    expect(slugs(await alsoBought([a.id, b.id], 2))).toEqual([c.slug, popular.slug]);
    // Nothing bought with it yet: the category's best sellers.
    expect(slugs(await alsoBought([popular.id], 1))).toEqual([a.slug]);
  });
});

describe("similar products", () => {
  it("of the same category and price band, most alike first (title, brand, tags)", async () => {
    const [category, other] = await Promise.all([createRankingCategory(), createRankingCategory()]);
    const brand = await createTestBrand();
    const lamp = await createRecProduct(category.id, { title: "Walnut desk lamp", price: 4000, brandId: brand, tags: ["walnut"] });
    const [mini, oak, hose] = await Promise.all([
      createRecProduct(category.id, { title: "Walnut desk lamp mini", price: 3000, brandId: brand, tags: ["walnut"] }),
      createRecProduct(category.id, { title: "Oak desk lamp", price: 6000 }),
      createRecProduct(category.id, { title: "Garden hose", price: 2500 }),
      createRecProduct(category.id, { title: "Walnut desk lamp pro", price: 9000, brandId: brand }),
      createRecProduct(category.id, { title: "Walnut desk lamp cheap", price: 1500 }),
      createRecProduct(category.id, { title: "Walnut desk lamp", price: 4000, soldOut: true }),
      createRecProduct(category.id, { title: "Walnut desk lamp", price: 4000, status: "draft" }),
      createRecProduct(other.id, { title: "Walnut desk lamp", price: 4000, brandId: brand }),
    ]);
    expect(slugs(await similar(lamp.id, 8))).toEqual([mini.slug, oak.slug, hose.slug]);
    expect(slugs(await similar(lamp.id, 1))).toEqual([mini.slug]);
  });
});

describe("recommended for you", () => {
  it("nothing without any signal", async () => {
    expect(await forYou(NO_SIGNALS, 8)).toEqual([]);
  });

  it("from co-purchases and categories of the shopper's products, never the cart, non-consumable purchases or what they viewed", async () => {
    const category = await createRankingCategory();
    const make = () => createRecProduct(category.id);
    const [viewed, inCart, boughtOnce, partner, partner2] = await Promise.all([make(), make(), make(), make(), make()]);
    const unsold = await createRecProduct(category.id);
    const beans = await createRecProduct(category.id, { consumable: true });
    await boughtTogether(4, viewed, partner, inCart, boughtOnce);
    await boughtTogether(1, viewed, partner2);
    await boughtTogether(3, viewed, beans);
    await countAll();

    const signals = {
      viewed: [viewed.id],
      favourites: [],
      cart: [inCart.id],
      bought: [
        { productId: boughtOnce.id, consumable: false },
        { productId: beans.id, consumable: true },
      ],
    };
    // Co-purchases first (most often bought together first), then the category's other products.
    const got = slugs(await forYou(signals, 4));
    expect(got).toEqual([partner.slug, beans.slug, partner2.slug, unsold.slug]);
    // Filled up from best sellers overall: never one of those left out.
    const more = slugs(await forYou(signals, 30));
    for (const never of [viewed, inCart, boughtOnce]) expect(more).not.toContain(never.slug);
  });
});
