import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import type { PricingResult } from "@/lib/pricing/types";
import { createTestUser, createTestVariant } from "@/lib/orders/testing";
import { claimPricing, PricingRefusal } from "./redeem";
import { releasePricing } from "./release";
import { createTestFlashSale, createTestPromotion, grantPoints, insertBareOrder, one, pointsOf, usedResult } from "./testing";

type Attempt = { ok: true; orderId: string } | { ok: false; error: string };

/** One order claiming what `result` used, in its own transaction, as placeOrder does. */
async function attempt(email: string, userId: string | null, result: PricingResult): Promise<Attempt> {
  try {
    const orderId = await db.transaction(async (tx) => {
      const id = await insertBareOrder(tx, { email, userId });
      await claimPricing(tx, { orderId: id, userId, email, result });
      return id;
    });
    return { ok: true, orderId };
  } catch (e) {
    if (e instanceof PricingRefusal) return { ok: false, error: e.message };
    throw e;
  }
}

const release = (orderId: string) => db.transaction((tx) => releasePricing(tx, orderId, "Order cancelled"));

describe("claimPricing and releasePricing (real PostgreSQL)", () => {
  it("50 concurrent orders for a coupon with 10 uses: 10 hold it, 40 are told it was used up", async () => {
    const coupon = await createTestPromotion({ code: "Race10", usageLimit: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(`race${i}@example.com`, null, usedResult({ promotionIds: [coupon.id] }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(40);
    for (const r of refused) expect(r).toEqual({ ok: false, error: "The coupon RACE10 has just been used up." });
    const row = await one<{ used: number; n: number }>(
      sql`select used_count as used, (select count(*)::int from promotion_redemptions where promotion_id = p.id) as n from promotions p where id = ${coupon.id}`,
    );
    expect(row).toEqual({ used: 10, n: 10 });
  });

  it("one shopper's two tabs (same account, or same e-mail as a guest) use a once-per-customer coupon once", async () => {
    const coupon = await createTestPromotion({ code: "once", perCustomerLimit: 1 });
    const userId = await createTestUser();
    const tabs = await Promise.all([
      attempt("tabs@example.com", userId, usedResult({ promotionIds: [coupon.id] })),
      attempt("tabs@example.com", userId, usedResult({ promotionIds: [coupon.id] })),
      // The same person as a guest with the account's e-mail, in a third tab.
      attempt("Tabs@Example.com", null, usedResult({ promotionIds: [coupon.id] })),
    ]);
    expect(tabs.filter((r) => r.ok)).toHaveLength(1);
    for (const r of tabs.filter((t) => !t.ok)) expect(r).toEqual({ ok: false, error: "You have already used the coupon ONCE." });
    expect((await one<{ n: number }>(sql`select used_count as n from promotions where id = ${coupon.id}`)).n).toBe(1);
    // Another account with another e-mail may.
    expect(await attempt("other@example.com", await createTestUser(), usedResult({ promotionIds: [coupon.id] }))).toMatchObject({
      ok: true,
    });
  });

  it("a coupon paused or ended since the cart was priced is refused", async () => {
    const coupon = await createTestPromotion({ code: "gone", pausedAt: new Date() });
    expect(await attempt("g@example.com", null, usedResult({ promotionIds: [coupon.id] }))).toEqual({
      ok: false,
      error: "The coupon GONE is no longer active.",
    });
    const automatic = await createTestPromotion({ name: "Spring sale", endsAt: new Date(Date.now() - 1000) });
    expect(await attempt("g@example.com", null, usedResult({ promotionIds: [automatic.id] }))).toEqual({
      ok: false,
      error: "The offer “Spring sale” has just ended: your cart shows the price without it now.",
    });
  });

  it("200 concurrent shoppers for a flash sale of 20, 1 each: 20 units to 20 different shoppers", async () => {
    const { variantId, title } = await createTestVariant({ price: 5000, stock: 500, title: "Flash Kettle" });
    const sale = await createTestFlashSale({ variantId, salePrice: 990, quantityCap: 20 });
    const flash = [{ flashSaleId: sale.id, key: variantId, units: 1 }];
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(`f${i}@example.com`, null, usedResult({ flash }))));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toEqual({ ok: false, error: `The flash sale for ${title} just sold out: your cart shows the regular price now.` });
    }
    const row = await one<{ sold: number; units: number; shoppers: number }>(sql`
      select s.sold_count as sold, sum(c.quantity)::int as units, count(distinct c.email)::int as shoppers
      from flash_sales s join flash_sale_claims c on c.flash_sale_id = s.id where s.id = ${sale.id} group by s.sold_count`);
    expect(row).toEqual({ sold: 20, units: 20, shoppers: 20 });
  });

  it("one shopper's two tabs cannot hold more flash-sale units than the per-customer limit", async () => {
    const { variantId, title } = await createTestVariant({ price: 5000, stock: 50, title: "Limited Lamp" });
    const sale = await createTestFlashSale({ variantId, salePrice: 990, quantityCap: 10, perCustomerLimit: 2 });
    const userId = await createTestUser();
    const tab = (units: number) =>
      attempt("lamp@example.com", userId, usedResult({ flash: [{ flashSaleId: sale.id, key: variantId, units }] }));
    const [a, b] = await Promise.all([tab(2), tab(1)]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toEqual({
      ok: false,
      error: `You have already bought the most of ${title} allowed in this flash sale.`,
    });
    const sold = (await one<{ n: number }>(sql`select sold_count as n from flash_sales where id = ${sale.id}`)).n;
    expect(sold).toBe(a.ok ? 2 : 1);
  });

  it("points cannot be overdrawn by concurrent orders", async () => {
    const userId = await createTestUser();
    await grantPoints(userId, 1000);
    const results = await Promise.all(Array.from({ length: 6 }, () => attempt("points@example.com", userId, usedResult({ points: 300 }))));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toEqual({ ok: false, error: "Your points balance changed: review your order." });
    expect(await pointsOf(userId)).toBe(100);
  });

  it("release gives uses, units and points back once, however often it runs", async () => {
    const coupon = await createTestPromotion({ code: "back", usageLimit: 1 });
    const { variantId } = await createTestVariant({ price: 5000, stock: 50 });
    const sale = await createTestFlashSale({ variantId, salePrice: 990, quantityCap: 5, perCustomerLimit: 3 });
    const userId = await createTestUser();
    await grantPoints(userId, 500);
    const used = usedResult({ promotionIds: [coupon.id], flash: [{ flashSaleId: sale.id, key: variantId, units: 3 }], points: 200 });
    const placed = await attempt("back@example.com", userId, used);
    if (!placed.ok) throw new Error(placed.error);
    expect(await pointsOf(userId)).toBe(300);
    expect(await attempt("someone@example.com", null, usedResult({ promotionIds: [coupon.id] }))).toMatchObject({ ok: false });

    await release(placed.orderId);
    await release(placed.orderId);
    const state = await one<{ used: number; sold: number; openUses: number; openClaims: number }>(sql`
      select (select used_count from promotions where id = ${coupon.id}) as used,
             (select sold_count from flash_sales where id = ${sale.id}) as sold,
             (select count(*)::int from promotion_redemptions where order_id = ${placed.orderId} and released_at is null) as "openUses",
             (select count(*)::int from flash_sale_claims where order_id = ${placed.orderId} and released_at is null) as "openClaims"`);
    expect(state).toEqual({ used: 0, sold: 0, openUses: 0, openClaims: 0 });
    expect(await pointsOf(userId)).toBe(500);
    const reversed = await one<{ n: number; points: number }>(
      sql`select count(*)::int as n, sum(points)::int as points from points_ledger where order_id = ${placed.orderId} and kind = 'reversed'`,
    );
    expect(reversed).toEqual({ n: 1, points: 200 });
    // Given back: the coupon and the units are there for the next shopper, and the same shopper may use them again.
    expect(await attempt("back@example.com", userId, used)).toMatchObject({ ok: true });
  });
});
