import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { carts, categories, productImages, products, users, variants } from "@/db/schema";
import {
  addItem,
  CartError,
  createGuestCart,
  deleteIdleCarts,
  getOrCreateUserCart,
  mergeCarts,
  removeLine,
  setQuantity,
} from "./mutations";
import { getCartCount, getCartView } from "./queries";

// Products of this file only, so changing their stock, price or status disturbs no other test.
type Fixture = { productId: number; slug: string; variantIds: number[] };
const run = `${Date.now()}-${process.pid}`;

async function makeProduct(name: string, stocks: number[], price = 1500): Promise<Fixture> {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const slug = `cart-test-${name}-${run}`;
  const [product] = await db
    .insert(products)
    .values({
      slug,
      title: `Cart test ${name}`,
      status: "active",
      categoryId: category!.id,
      options: [
        { name: "Size", values: ["S", "M", "L"].slice(0, stocks.length) },
        { name: "Color", values: ["Black"] },
      ],
    })
    .returning({ id: products.id });
  const rows = await db
    .insert(variants)
    .values(
      stocks.map((stock, i) => ({
        productId: product!.id,
        sku: `${slug}-${i}`,
        // keys in the opposite order to the product's options: the title must follow the options
        optionValues: { Color: "Black", Size: ["S", "M", "L"][i]! },
        price: price + i * 100,
        stock,
        position: i,
      })),
    )
    .returning({ id: variants.id });
  return { productId: product!.id, slug, variantIds: rows.map((r) => r.id) };
}

async function makeUser(): Promise<string> {
  const [u] = await db
    .insert(users)
    .values({ email: `cart-${Math.random().toString(36).slice(2)}-${run}@example.com`, name: "Cart Tester" })
    .returning({ id: users.id });
  return u!.id;
}

const setStock = (variantId: number, stock: number) => db.update(variants).set({ stock }).where(eq(variants.id, variantId));

async function expectCartError(promise: Promise<unknown>, code: CartError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CartError);
  expect((error as CartError).code).toBe(code);
}

let tee: Fixture;
beforeAll(async () => {
  tee = await makeProduct("tee", [50, 3, 0]);
});

describe("cart (real PostgreSQL)", () => {
  it("adds a variant and adds to the same line again, reading prices from the catalog", async () => {
    const cart = await createGuestCart();
    const first = await addItem(cart, tee.variantIds[0]!, 2);
    const again = await addItem(cart, tee.variantIds[0]!, 3);
    expect(again.lineId).toBe(first.lineId);
    expect(again).toMatchObject({ quantity: 5, clamped: null });

    const view = await getCartView(cart);
    expect(view.lines).toHaveLength(1);
    expect(view.lines[0]).toMatchObject({
      productSlug: tee.slug,
      productTitle: "Cart test tee",
      variantTitle: "S / Black",
      unitPrice: 1500,
      quantity: 5,
      lineTotal: 7500,
      available: true,
      purchasable: true,
      notice: null,
    });
    expect(view).toMatchObject({ subtotal: 7500, itemCount: 5, currency: "USD" });
    expect(await getCartCount(cart)).toBe(5);

    // A price change shows at once: nothing is stored in the cart but the quantity.
    await db.update(variants).set({ price: 1700 }).where(eq(variants.id, tee.variantIds[0]!));
    expect((await getCartView(cart)).subtotal).toBe(8500);
    await db.update(variants).set({ price: 1500 }).where(eq(variants.id, tee.variantIds[0]!));
  });

  it("clamps to stock when adding and when setting a quantity, and says so", async () => {
    const cart = await createGuestCart();
    const low = tee.variantIds[1]!; // stock 3
    const added = await addItem(cart, low, 5);
    expect(added).toMatchObject({ quantity: 3, requested: 5, clamped: "Only 3 left in stock" });
    const more = await addItem(cart, low, 1);
    expect(more).toMatchObject({ quantity: 3, clamped: "Only 3 left in stock" });
    const set = await setQuantity(cart, added.lineId, 2);
    expect(set).toMatchObject({ quantity: 2, clamped: null });
    expect((await setQuantity(cart, added.lineId, 150)).clamped).toBe("Only 3 left in stock");
  });

  it("caps a line at 99", async () => {
    const big = await makeProduct("big", [500]);
    const cart = await createGuestCart();
    const r = await addItem(cart, big.variantIds[0]!, 120);
    expect(r).toMatchObject({ quantity: 99, clamped: "You can buy at most 99 of one item" });
  });

  it("refuses unknown, inactive and sold-out variants and bad quantities, changing nothing", async () => {
    const cart = await createGuestCart();
    await expectCartError(addItem(cart, 2_000_000_000, 1), "unavailable");
    await expectCartError(addItem(cart, tee.variantIds[2]!, 1), "out-of-stock");
    await expectCartError(addItem(cart, tee.variantIds[0]!, 0), "invalid-quantity");
    const draft = await makeProduct("draft", [10]);
    await db.update(products).set({ status: "draft" }).where(eq(products.id, draft.productId));
    await expectCartError(addItem(cart, draft.variantIds[0]!, 1), "unavailable");
    await expectCartError(addItem("00000000-0000-4000-8000-000000000000", tee.variantIds[0]!, 1), "cart-not-found");
    await expectCartError(addItem("not-a-uuid", tee.variantIds[0]!, 1), "cart-not-found");
    expect((await getCartView(cart)).lines).toEqual([]);
  });

  it("flags a product that became unavailable or sold out, and leaves it out of the totals", async () => {
    const gone = await makeProduct("gone", [10, 10]);
    const cart = await createGuestCart();
    await addItem(cart, gone.variantIds[0]!, 1);
    await addItem(cart, gone.variantIds[1]!, 2);
    await addItem(cart, tee.variantIds[0]!, 1);

    await setStock(gone.variantIds[1]!, 0);
    let view = await getCartView(cart);
    expect(view.lines.map((l) => l.notice?.message ?? null)).toEqual([null, "Out of stock", null]);
    expect(view.subtotal).toBe(1500 + 1500);
    expect(view.itemCount).toBe(2);

    await db.update(products).set({ status: "archived" }).where(eq(products.id, gone.productId));
    view = await getCartView(cart);
    expect(view.lines).toHaveLength(3);
    expect(view.lines.map((l) => [l.available, l.purchasable, l.notice?.message ?? null])).toEqual([
      [false, false, "No longer available"],
      [false, false, "No longer available"],
      [true, true, null],
    ]);
    expect(view.subtotal).toBe(1500);
    expect(await getCartCount(cart)).toBe(1);
    await expectCartError(setQuantity(cart, view.lines[0]!.id, 2), "unavailable");
  });

  it("shows a saved quantity above today's stock clamped, with a notice", async () => {
    const shrink = await makeProduct("shrink", [10]);
    const cart = await createGuestCart();
    await addItem(cart, shrink.variantIds[0]!, 6);
    await setStock(shrink.variantIds[0]!, 4);
    const [line] = (await getCartView(cart)).lines;
    expect(line).toMatchObject({ quantity: 4, lineTotal: 6000, notice: { kind: "clamped", message: "Only 4 left in stock" } });
  });

  it("removes a line and sets 0 to remove, but never touches another cart's line", async () => {
    const mine = await createGuestCart();
    const theirs = await createGuestCart();
    const a = await addItem(mine, tee.variantIds[0]!, 1);
    const b = await addItem(mine, tee.variantIds[1]!, 1);
    const other = await addItem(theirs, tee.variantIds[0]!, 4);

    await expectCartError(removeLine(mine, other.lineId), "line-not-found");
    await expectCartError(setQuantity(mine, other.lineId, 1), "line-not-found");
    expect((await getCartView(theirs)).lines[0]!.quantity).toBe(4);

    await removeLine(mine, a.lineId);
    await setQuantity(mine, b.lineId, 0);
    expect((await getCartView(mine)).lines).toEqual([]);
    await expectCartError(removeLine(mine, a.lineId), "line-not-found");
  });

  it("merges a guest cart into the user's cart, summing clamped to stock, and deletes it", async () => {
    const user = await makeUser();
    const userCart = await getOrCreateUserCart(user);
    await addItem(userCart, tee.variantIds[1]!, 2); // stock 3
    const guest = await createGuestCart();
    await addItem(guest, tee.variantIds[1]!, 2);
    await addItem(guest, tee.variantIds[0]!, 4);

    expect(await mergeCarts(guest, user)).toBe(userCart);
    const view = await getCartView(userCart);
    expect(view.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [tee.variantIds[1]!, 3],
      [tee.variantIds[0]!, 4],
    ]);
    expect(await db.select().from(carts).where(eq(carts.id, guest))).toEqual([]);
  });

  it("creates the user's cart when merging for a user without one, and never merges a user's cart", async () => {
    const user = await makeUser();
    const guest = await createGuestCart();
    await addItem(guest, tee.variantIds[0]!, 1);
    const cart = await mergeCarts(guest, user);
    expect(cart).not.toBe(guest);
    expect((await getCartView(cart)).itemCount).toBe(1);

    const other = await makeUser();
    const otherCart = await getOrCreateUserCart(other);
    await addItem(otherCart, tee.variantIds[0]!, 2);
    await mergeCarts(otherCart, user);
    expect((await getCartView(otherCart)).itemCount).toBe(2);
    expect((await getCartView(cart)).itemCount).toBe(1);
  });

  it("never lets parallel adds to one line exceed stock", async () => {
    const scarce = await makeProduct("scarce", [7]);
    const cart = await createGuestCart();
    const results = await Promise.all(Array.from({ length: 12 }, () => addItem(cart, scarce.variantIds[0]!, 1)));
    expect(Math.max(...results.map((r) => r.quantity))).toBe(7);
    const [line] = (await getCartView(cart)).lines;
    expect(line!.quantity).toBe(7);
    const [row] = (await db.execute(sql`select quantity from cart_items where variant_id = ${scarce.variantIds[0]!}`)) as unknown as {
      quantity: number;
    }[];
    expect(row!.quantity).toBe(7);
  });

  it("deletes carts idle for longer than the given days, and every change keeps a cart alive", async () => {
    const idle = await createGuestCart();
    const touched = await createGuestCart();
    const fresh = await createGuestCart();
    await addItem(idle, tee.variantIds[0]!, 1);
    const line = await addItem(touched, tee.variantIds[0]!, 1);
    const ago = sql`now() - interval '40 days'`;
    await db
      .update(carts)
      .set({ updatedAt: ago })
      .where(sql`${carts.id} in (${idle}, ${touched})`);
    await setQuantity(touched, line.lineId, 2);

    const deleted = await deleteIdleCarts(30);
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: carts.id })
      .from(carts)
      .where(sql`${carts.id} in (${idle}, ${touched}, ${fresh})`);
    expect(left.map((c) => c.id).sort()).toEqual([touched, fresh].sort());
    await expect(deleteIdleCarts(0)).rejects.toThrow(RangeError);
  });

  it("picks the variant's own picture for the thumbnail, else the product's first", async () => {
    const pic = await makeProduct("pic", [5, 5]);
    await db.insert(productImages).values([
      { productId: pic.productId, url: "/media/first.svg", width: 10, height: 10, position: 0 },
      { productId: pic.productId, variantId: pic.variantIds[1]!, url: "/media/m.svg", width: 10, height: 10, position: 1 },
    ]);
    const cart = await createGuestCart();
    await addItem(cart, pic.variantIds[0]!, 1);
    await addItem(cart, pic.variantIds[1]!, 1);
    expect((await getCartView(cart)).lines.map((l) => l.imageUrl)).toEqual(["/media/first.svg", "/media/m.svg"]);
    expect(await getCartView(null)).toMatchObject({ id: null, lines: [], itemCount: 0 });
  });
});
