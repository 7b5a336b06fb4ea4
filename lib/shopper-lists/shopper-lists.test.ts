import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { products, recentlyViewed } from "@/db/schema";
import { createTestUser, pickProduct } from "@/lib/accounts/testing";
import { clearRecentlyViewed, recordViews, setFavourite } from "./mutations";
import { isFavourite, listFavouriteProducts, listRecentlyViewedProducts } from "./queries";
import { RECENT_KEPT, RECENT_SHOWN } from "./recent-ids";

async function productIds(n: number): Promise<number[]> {
  const rows = await db.select({ id: products.id }).from(products).where(eq(products.status, "active")).orderBy(products.id).limit(n);
  return rows.map((r) => r.id);
}

describe("favourites (real PostgreSQL)", () => {
  it("toggles idempotently in both directions", async () => {
    const user = await createTestUser();
    const product = await pickProduct(3);
    expect(await setFavourite(user.id, product.id, true)).toEqual({ favourite: true });
    expect(await setFavourite(user.id, product.id, true)).toEqual({ favourite: true });
    await Promise.all([setFavourite(user.id, product.id, true), setFavourite(user.id, product.id, true)]);
    expect(await isFavourite(user.id, product.id)).toBe(true);
    expect((await listFavouriteProducts(user.id)).map((p) => p.slug)).toEqual([product.slug]);
    expect(await setFavourite(user.id, product.id, false)).toEqual({ favourite: false });
    expect(await setFavourite(user.id, product.id, false)).toEqual({ favourite: false });
    expect(await isFavourite(user.id, product.id)).toBe(false);
    expect(await listFavouriteProducts(user.id)).toEqual([]);
  });

  it("refuses products that do not exist or are not on sale", async () => {
    const user = await createTestUser();
    expect(await setFavourite(user.id, 999_999_999, true)).toBeNull();
    const [draft] = await db.select({ id: products.id }).from(products).where(eq(products.status, "draft")).limit(1);
    // The seed always has a draft ("… (next season)").
    expect(draft).toBeDefined();
    expect(await setFavourite(user.id, draft!.id, true)).toBeNull();
  });
});

describe("recently viewed (real PostgreSQL)", () => {
  it("lists the newest first, once each, at most 20, and keeps at most 50 per user", async () => {
    const user = await createTestUser();
    const ids = await productIds(RECENT_KEPT + 10);
    for (const id of ids) await recordViews(user.id, [id]);
    await recordViews(user.id, [ids[0]!]); // viewed again: back to the front, not twice
    const shown = await listRecentlyViewedProducts(user.id);
    expect(shown).toHaveLength(RECENT_SHOWN);
    expect(shown[0]!.id).toBe(ids[0]);
    expect(shown[1]!.id).toBe(ids.at(-1));
    expect(new Set(shown.map((p) => p.id)).size).toBe(RECENT_SHOWN);
    expect(await db.$count(recentlyViewed, eq(recentlyViewed.userId, user.id))).toBe(RECENT_KEPT);
    // The oldest views were dropped, the one viewed again was kept.
    expect(await db.$count(recentlyViewed, and(eq(recentlyViewed.userId, user.id), eq(recentlyViewed.productId, ids[1]!)))).toBe(0);
  });

  it("folds a guest's list in without pushing newer views back, ignores unknown ids, and clears", async () => {
    const user = await createTestUser();
    const [a, b, c] = await productIds(3);
    await recordViews(user.id, [a!], new Date(Date.now() + 60_000));
    await recordViews(user.id, [b!, a!, c!, 999_999_999]);
    expect((await listRecentlyViewedProducts(user.id)).map((p) => p.id)).toEqual([a, b, c]);
    await Promise.all([recordViews(user.id, [c!]), recordViews(user.id, [b!])]);
    expect(await listRecentlyViewedProducts(user.id)).toHaveLength(3);
    await clearRecentlyViewed(user.id);
    expect(await listRecentlyViewedProducts(user.id)).toEqual([]);
  });
});
