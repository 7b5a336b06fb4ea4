import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, products, sharedCarts, variants } from "@/db/schema";
import { createTestUser } from "@/lib/accounts/testing";
import { addItem, createGuestCart } from "@/lib/cart/mutations";
import { getCartView } from "@/lib/cart/queries";
import { setFavourite } from "@/lib/shopper-lists/mutations";
import { addSharedCartToCart, createSharedCart, createSharedFavourites, deleteExpiredShares } from "./mutations";
import { getSharedCart, getSharedFavourites } from "./queries";

const run = `${Date.now()}-${process.pid}`;

/** A product of this file only, with one variant per stock given. */
async function makeProduct(name: string, stocks: number[]) {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const slug = `share-test-${name}-${run}`;
  const [product] = await db
    .insert(products)
    .values({
      slug,
      title: `Share test ${name}`,
      status: "active",
      categoryId: category!.id,
      options: [{ name: "Size", values: ["S", "M"] }],
    })
    .returning({ id: products.id });
  const rows = await db
    .insert(variants)
    .values(
      stocks.map((stock, i) => ({
        productId: product!.id,
        sku: `${slug}-${i}`,
        optionValues: { Size: ["S", "M"][i]! },
        price: 1200,
        stock,
        position: i,
      })),
    )
    .returning({ id: variants.id });
  return { id: product!.id, variantIds: rows.map((r) => r.id) };
}

describe("shared carts (real PostgreSQL)", () => {
  it("snapshots the cart, and adds the same items to another cart clamped to stock", async () => {
    const p = await makeProduct("cart", [10, 10]);
    const from = await createGuestCart();
    await addItem(from, p.variantIds[0]!, 2);
    await addItem(from, p.variantIds[1]!, 5);
    const token = await createSharedCart(from);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const shared = await getSharedCart(token!);
    expect(shared!.lines.map((l) => [l.variantId, l.quantity, l.unitPrice])).toEqual([
      [p.variantIds[0], 2, 1200],
      [p.variantIds[1], 5, 1200],
    ]);

    // Later changes to the sender's cart do not change the snapshot; stock dropped meanwhile.
    await addItem(from, p.variantIds[0]!, 1);
    await db.update(variants).set({ stock: 3 }).where(eq(variants.id, p.variantIds[1]!));
    const to = await createGuestCart();
    const result = await addSharedCartToCart(to, token!);
    expect(result).toEqual({ added: 5, notes: ["Only 3 left in stock"] });
    const cart = await getCartView(to);
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [p.variantIds[0], 2],
      [p.variantIds[1], 3],
    ]);
  });

  it("refuses an empty cart, and unknown or expired links", async () => {
    expect(await createSharedCart(await createGuestCart())).toBeNull();
    const p = await makeProduct("expired", [5]);
    const from = await createGuestCart();
    await addItem(from, p.variantIds[0]!, 1);
    const token = (await createSharedCart(from))!;
    await db
      .update(sharedCarts)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(sharedCarts.token, token));
    expect(await getSharedCart(token)).toBeNull();
    expect(await addSharedCartToCart(await createGuestCart(), token)).toBeNull();
    expect(await getSharedCart("x".repeat(32))).toBeNull();
    expect(await deleteExpiredShares()).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(sharedCarts).where(eq(sharedCarts.token, token))).toEqual([]);
    expect(await getSharedCart("../../etc")).toBeNull();
  });

  it("notes sold-out items and adds the rest", async () => {
    const p = await makeProduct("soldout", [4, 4]);
    const from = await createGuestCart();
    await addItem(from, p.variantIds[0]!, 1);
    await addItem(from, p.variantIds[1]!, 1);
    const token = (await createSharedCart(from))!;
    await db.update(variants).set({ stock: 0 }).where(eq(variants.id, p.variantIds[0]!));
    expect(await addSharedCartToCart(await createGuestCart(), token)).toEqual({ added: 1, notes: ["Sorry, this item is out of stock."] });
  });
});

describe("shared favourites (real PostgreSQL)", () => {
  it("lists the shopper's favourites read-only, without products taken off sale since", async () => {
    const user = await createTestUser();
    const [a, b] = [await makeProduct("fav-a", [1]), await makeProduct("fav-b", [1])];
    expect(await createSharedFavourites(user.id)).toBeNull();
    await setFavourite(user.id, a.id, true);
    await setFavourite(user.id, b.id, true);
    const token = (await createSharedFavourites(user.id))!;
    await db.update(products).set({ status: "draft" }).where(eq(products.id, a.id));
    expect((await getSharedFavourites(token))!.map((c) => c.id)).toEqual([b.id]);
  });
});
