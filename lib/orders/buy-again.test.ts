import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderLines, products } from "@/db/schema";
import { createTestOrder, createTestUser } from "@/lib/accounts/testing";
import { findUserCartId, getCartView } from "@/lib/cart/queries";
import { buyAgain } from "./mutations/buy-again";
import { buyAgainNotice } from "./queries/buy-again";
import { buyAgainHref } from "./buy-again-notice";
import { createTestVariant } from "./testing";

/** A fresh product (its own stock) in the shape createTestOrder takes, sold at 2500 today, ordered at 1500. */
async function item(title: string, stock: number) {
  const v = await createTestVariant({ price: 2500, stock, title: `${title} ${Date.now()}` });
  const [p] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, v.productId));
  return { id: v.productId, slug: p!.slug, title: v.title, variantId: v.variantId, sku: `SKU-${p!.slug}`, price: 1500 };
}

describe("buy again", () => {
  it("adds what can still be bought at today's price, clamped to stock, and says what could not be", async () => {
    const me = await createTestUser();
    const [kept, retired, scarce, soldOut, deleted] = await Promise.all([
      item("Kept mug", 10),
      item("Retired lamp", 10),
      item("Scarce vase", 1),
      item("Sold-out chair", 0),
      item("Deleted rug", 10),
    ]);
    const order = await createTestOrder(me.id, "delivered", [kept, retired, scarce, soldOut, deleted]);
    // Two of each were bought; one product was withdrawn and one variant deleted since.
    await db.update(orderLines).set({ quantity: 2, lineTotal: 3000 }).where(inArray(orderLines.id, order.lineIds));
    await db.update(orderLines).set({ variantId: null }).where(eq(orderLines.id, order.lineIds[4]!));
    await db.update(products).set({ status: "archived" }).where(eq(products.id, retired.id));

    const lines = await buyAgain(me.id, order.number);
    expect(lines?.map((l) => l.outcome)).toEqual(["added", "unavailable", "clamped", "out-of-stock", "unavailable"]);

    const cart = await getCartView(await findUserCartId(me.id));
    const byVariant = new Map(cart.lines.map((l) => [l.variantId, l]));
    expect(cart.lines).toHaveLength(2);
    expect(byVariant.get(kept.variantId)).toMatchObject({ quantity: 2, unitPrice: 2500 });
    expect(byVariant.get(scarce.variantId)).toMatchObject({ quantity: 1 });

    const params = Object.fromEntries(new URL(buyAgainHref(order.number, lines!), "http://x").searchParams);
    const notice = await buyAgainNotice(me.id, params);
    expect(notice?.added).toContain(kept.title);
    expect(notice?.added).toContain(scarce.title);
    expect(notice?.notAdded).toContain(`${retired.title} (no longer sold)`);
    expect(notice?.notAdded).toContain(`${soldOut.title} (out of stock)`);
    // Someone else reading the same URL learns nothing.
    const stranger = await createTestUser();
    expect(await buyAgainNotice(stranger.id, params)).toBeNull();
  });

  it("refuses another shopper's order and leaves their cart alone", async () => {
    const owner = await createTestUser();
    const thief = await createTestUser();
    const order = await createTestOrder(owner.id, "delivered", [await item("Private kettle", 5)]);
    expect(await buyAgain(thief.id, order.number)).toBeNull();
    expect(await findUserCartId(thief.id)).toBeNull();
  });
});
