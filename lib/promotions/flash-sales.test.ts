import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, flashSales, productImages, products, variants } from "@/db/schema";
import { getProductFlashSales, getRunningFlashSales, listDeals, nextFlashSaleChange, splitDeals } from "./flash-sales";

const run = `${Date.now()}-${process.pid}`;
const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

type Fixture = { productId: number; slug: string; variantIds: number[] };

async function makeProduct(name: string, status: "active" | "archived" = "active"): Promise<Fixture> {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const slug = `flash-test-${name}-${run}`;
  const [product] = await db
    .insert(products)
    .values({ slug, title: `Flash test ${name}`, status, categoryId: category!.id, options: [{ name: "Size", values: ["S", "M"] }] })
    .returning({ id: products.id });
  const rows = await db
    .insert(variants)
    .values(
      ["S", "M"].map((size, i) => ({
        productId: product!.id,
        sku: `${slug}-${size}`,
        optionValues: { Size: size },
        price: 2000 + i * 100,
        stock: 100,
        position: i,
      })),
    )
    .returning({ id: variants.id });
  await db.insert(productImages).values([
    { productId: product!.id, url: `/media/${slug}-0.jpg`, alt: "front", width: 800, height: 800, position: 0 },
    { productId: product!.id, variantId: rows[1]!.id, url: `/media/${slug}-m.jpg`, alt: "M", width: 800, height: 800, position: 1 },
  ]);
  return { productId: product!.id, slug, variantIds: rows.map((r) => r.id) };
}

type SaleInput = Partial<typeof flashSales.$inferInsert> & { variantId: number };
async function makeSale(values: SaleInput): Promise<number> {
  const [row] = await db
    .insert(flashSales)
    .values({ salePrice: 990, quantityCap: 20, perCustomerLimit: 1, startsAt: minutes(-10), endsAt: minutes(30), ...values })
    .returning({ id: flashSales.id });
  return row!.id;
}

let shirt: Fixture;
let archived: Fixture;
const ids: Record<string, number> = {};

beforeAll(async () => {
  shirt = await makeProduct("shirt");
  archived = await makeProduct("archived", "archived");
  const [s, m] = shirt.variantIds as [number, number];
  ids.running = await makeSale({ variantId: m, soldCount: 5 });
  ids.soldOut = await makeSale({ variantId: s, soldCount: 20, endsAt: minutes(20) });
  ids.paused = await makeSale({ variantId: s, pausedAt: minutes(-1) });
  ids.ended = await makeSale({ variantId: s, startsAt: minutes(-60), endsAt: minutes(-1) });
  ids.soon = await makeSale({ variantId: s, startsAt: minutes(2 * 24 * 60), endsAt: minutes(2 * 24 * 60 + 30) });
  ids.later = await makeSale({ variantId: s, startsAt: minutes(10 * 24 * 60), endsAt: minutes(10 * 24 * 60 + 30) });
  ids.archived = await makeSale({ variantId: archived.variantIds[0]! });
});

describe("flash sales (real PostgreSQL)", () => {
  it("gives the pricing context the sales running now with units left, by variant", async () => {
    const sales = await getRunningFlashSales(db, [...shirt.variantIds, 999_999_999], now);
    expect(sales).toEqual([
      {
        id: ids.running,
        variantId: shirt.variantIds[1],
        salePrice: 990,
        remaining: 15,
        perCustomerLimit: 1,
        startsAt: minutes(-10),
        endsAt: minutes(30),
      },
    ]);
    expect(await getRunningFlashSales(db, [], now)).toEqual([]);
    // at the end instant the sale is over; at the start instant it runs
    expect(await getRunningFlashSales(db, [shirt.variantIds[1]!], minutes(30))).toEqual([]);
    expect((await getRunningFlashSales(db, [shirt.variantIds[1]!], minutes(-10))).map((s) => s.id)).toEqual([ids.running]);
  });

  it("reads inside a transaction", async () => {
    const sales = await db.transaction((tx) => getRunningFlashSales(tx, [shirt.variantIds[1]!], now));
    expect(sales.map((s) => s.id)).toEqual([ids.running]);
  });

  it("lists deals: running (sold out last) and upcoming within 7 days, active products only, paused and ended left out", async () => {
    const deals = await listDeals(now);
    const mine = (list: { id: number }[]) => list.map((s) => s.id).filter((id) => Object.values(ids).includes(id));
    expect(mine(deals.running)).toEqual([ids.running, ids.soldOut]);
    expect(mine(deals.upcoming)).toEqual([ids.soon]);
    const running = deals.running.find((s) => s.id === ids.running)!;
    expect(running).toEqual({
      id: ids.running,
      productId: shirt.productId,
      productSlug: shirt.slug,
      productTitle: "Flash test shirt",
      image: { url: `/media/${shirt.slug}-m.jpg`, alt: "M", width: 800, height: 800 },
      variantId: shirt.variantIds[1],
      variantTitle: "M",
      price: { amount: 2100, currency: "USD" },
      salePrice: { amount: 990, currency: "USD" },
      quantityCap: 20,
      remaining: 15,
      perCustomerLimit: 1,
      startsAt: minutes(-10).toISOString(),
      endsAt: minutes(30).toISOString(),
    });
    expect(deals.running.find((s) => s.id === ids.soldOut)!.remaining).toBe(0);
    expect(deals.running.find((s) => s.id === ids.soldOut)!.image?.url).toBe(`/media/${shirt.slug}-0.jpg`);
  });

  it("gives a product's sales that have not ended, which the page splits by time", async () => {
    const sales = await getProductFlashSales(shirt.productId, now);
    expect(sales.map((s) => s.id).sort()).toEqual([ids.running, ids.soldOut, ids.soon].sort());
    expect(await getProductFlashSales(archived.productId, now)).toEqual([]);
    // later: the running ones have ended and the upcoming one runs
    const inTwoDays = minutes(2 * 24 * 60 + 1);
    const split = splitDeals(sales, inTwoDays);
    expect(split.running.map((s) => s.id)).toEqual([ids.soon]);
    expect(split.upcoming).toEqual([]);
  });

  it("knows when the product page must change next", () => {
    const sales = [
      { startsAt: minutes(-10).toISOString(), endsAt: minutes(30).toISOString() },
      { startsAt: minutes(5).toISOString(), endsAt: minutes(60).toISOString() },
    ];
    expect(nextFlashSaleChange(sales, now)).toEqual(minutes(5));
    expect(nextFlashSaleChange(sales, minutes(6))).toEqual(minutes(30));
    expect(nextFlashSaleChange(sales, minutes(60))).toBeNull();
  });
});
