import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, flashSales, pointsLedger, products, promotions } from "@/db/schema";
import { createTestUser, createTestVariant } from "@/lib/orders/testing";
import { loadPricingInput } from "./context";

const HOUR = 3_600_000;

describe("loadPricingInput (real PostgreSQL)", () => {
  it("reads scope, live automatic promotions, the coupon by code in any case, running flash sales and the shopper's points", async () => {
    const { variantId, productId } = await createTestVariant({ price: 2000, stock: 10 });
    const [product] = await db.select({ categoryId: products.categoryId }).from(products).where(eq(products.id, productId));
    // The test's own subcategory, so the shared catalog's tree is left alone.
    const [child] = await db
      .insert(categories)
      .values({ slug: `ctx-child-${productId}`, name: "Child", parentId: product!.categoryId })
      .returning();
    await db.update(products).set({ categoryId: child!.id }).where(eq(products.id, productId));
    const now = new Date();
    const tag = `ctx${productId}`;
    const [auto] = await db
      .insert(promotions)
      .values({ name: `Spend ${tag}`, type: "spend_save", tiers: [{ spend: 1000, save: 100 }], productIds: [productId] })
      .returning();
    await db.insert(promotions).values({ name: `Paused ${tag}`, type: "fixed_off", amount: 100, productIds: [productId], pausedAt: now });
    await db
      .insert(promotions)
      .values({ name: `Later ${tag}`, type: "fixed_off", amount: 100, productIds: [productId], startsAt: new Date(now.getTime() + HOUR) });
    const [coupon] = await db
      .insert(promotions)
      .values({ name: `Coupon ${tag}`, code: `Save${tag}`, type: "percent_off", amount: 10, endsAt: new Date(now.getTime() - HOUR) })
      .returning();
    const [sale] = await db
      .insert(flashSales)
      .values({
        variantId,
        salePrice: 990,
        quantityCap: 20,
        soldCount: 5,
        startsAt: new Date(now.getTime() - HOUR),
        endsAt: new Date(now.getTime() + HOUR),
      })
      .returning();
    const userId = await createTestUser();
    await db.insert(pointsLedger).values({ userId, kind: "adjusted", points: 700, reason: "test" });

    const input = await loadPricingInput(db, {
      lines: [{ variantId, productId, unitPrice: 2000, quantity: 2 }],
      currency: "USD",
      userId,
      email: null,
      couponCode: `SAVE${tag}`.toLowerCase(),
      usePoints: true,
      shipping: 499,
      now,
    });
    expect(input.lines[0]).toMatchObject({ key: variantId, productId, unitPrice: 2000, quantity: 2 });
    expect(input.lines[0]!.categoryIds).toEqual(expect.arrayContaining([child!.id, product!.categoryId]));
    const mine = input.promotions.filter((p) => p.name.endsWith(tag));
    expect(mine.map((p) => p.id)).toEqual([auto!.id]);
    // An expired coupon is still found, so the pipeline can say it expired.
    expect(input.coupon).toMatchObject({ promotion: { id: coupon!.id, type: "percent_off", amount: 10 } });
    expect(input.flashSales).toEqual([expect.objectContaining({ id: sale!.id, key: variantId, salePrice: 990, remaining: 15 })]);
    expect(input.customer).toMatchObject({ pointsBalance: 700, firstOrder: true, tier: expect.objectContaining({ name: "Member" }) });
    expect(input.points).toMatchObject({ use: true, enabled: true, redeemPointsPerUnit: 100 });
    expect(input.shipping).toBe(499);
  });

  it("gives guests no points and no tier", async () => {
    const { variantId, productId } = await createTestVariant({ price: 500, stock: 1 });
    const input = await loadPricingInput(db, {
      lines: [{ variantId, productId, unitPrice: 500, quantity: 1 }],
      currency: "USD",
      userId: null,
      email: "guest@example.com",
      couponCode: null,
      usePoints: true,
      shipping: null,
    });
    expect(input.customer).toMatchObject({ pointsBalance: 0, tier: null, promotionUses: {}, flashUnits: {} });
    expect(input.coupon).toBeNull();
  });
});
