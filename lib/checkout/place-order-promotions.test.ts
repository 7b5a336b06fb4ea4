import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { carts, flashSales, orderDiscountAllocations, orderDiscounts, orderLines, orders, promotions, users } from "@/db/schema";
import { cancelOrder } from "@/lib/orders/mutations";
import { getOrderForViewer } from "@/lib/orders/queries";
import { getOrderForStaff } from "@/lib/orders/queries/staff";
import { cancelExpiredOrders } from "@/lib/orders/mutations/expiry";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, stockOf } from "@/lib/orders/testing";
import { createTestFlashSale, createTestPromotion, grantPoints, one, pointsOf } from "@/lib/promotions/testing";
import { placeOrder, type PlaceOrderResult } from "./mutations";

// Prices stay on one side of Standard shipping's free-over threshold (50.00), before and after discounts.
// Automatic promotions here are always scoped to this file's products: test files share one database and run in parallel.

async function cartWith(lines: { variantId: number; quantity: number }[], opts: { userId?: string; couponCode?: string } = {}) {
  const cartId = await createTestCart(lines, opts.userId ?? null);
  if (opts.couponCode) await db.update(carts).set({ couponCode: opts.couponCode }).where(eq(carts.id, cartId));
  return cartId;
}

async function emailOf(userId: string): Promise<string> {
  const [u] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return u!.email;
}

function placed(r: PlaceOrderResult) {
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.order;
}

const discountsOf = (orderId: string) =>
  db.select().from(orderDiscounts).where(eq(orderDiscounts.orderId, orderId)).orderBy(orderDiscounts.position);

describe("placeOrder with promotions (real PostgreSQL)", () => {
  it("stores each discount with its per-line allocation; a later edit of the promotion changes nothing of the order", async () => {
    const a = await createTestVariant({ price: 3000, stock: 10 });
    const b = await createTestVariant({ price: 2000, stock: 10 });
    await createTestPromotion({ code: "Save10", type: "percent_off", amount: 10 });
    const cartId = await cartWith(
      [
        { variantId: a.variantId, quantity: 2 },
        { variantId: b.variantId, quantity: 1 },
      ],
      { couponCode: "save10" },
    );
    const order = placed(await placeOrder(checkoutInput({ email: "save10@example.com" }), { cartId, userId: null }));
    // 80.00 ships free on Standard (from 50.00); 10% off 80.00.
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ subtotal: 8000, shippingTotal: 0, discountTotal: 800, total: 7200 });
    const discounts = await discountsOf(order.id);
    expect(discounts).toEqual([
      expect.objectContaining({ source: "coupon", target: "items", code: "SAVE10", label: "Coupon SAVE10", amount: 800, position: 0 }),
    ]);
    const shares = await db
      .select({ variantId: orderLines.variantId, amount: orderDiscountAllocations.amount })
      .from(orderDiscountAllocations)
      .innerJoin(orderLines, eq(orderLines.id, orderDiscountAllocations.orderLineId))
      .where(eq(orderDiscountAllocations.orderDiscountId, discounts[0]!.id));
    expect(Object.fromEntries(shares.map((s) => [s.variantId, s.amount]))).toEqual({ [a.variantId]: 600, [b.variantId]: 200 });
    // The use is counted and the cart forgets the coupon.
    expect(await one(sql`select used_count as n from promotions where lower(code) = 'save10'`)).toEqual({ n: 1 });
    const [cart] = await db.select({ couponCode: carts.couponCode }).from(carts).where(eq(carts.id, cartId));
    expect(cart!.couponCode).toBeNull();

    await db
      .update(promotions)
      .set({ amount: 50, name: "Changed" })
      .where(sql`lower(${promotions.code}) = 'save10'`);
    expect(await discountsOf(order.id)).toEqual(discounts);
    const [again] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(again).toMatchObject({ discountTotal: 800, total: 7200 });
  });

  it("stacks a flash sale, an automatic offer and a coupon, each its own row, allocated to the lines they apply to", async () => {
    const a = await createTestVariant({ price: 3000, stock: 10 });
    const b = await createTestVariant({ price: 4000, stock: 10 });
    await createTestPromotion({
      name: "Spend 50, save 5",
      type: "spend_save",
      amount: 0,
      tiers: [{ spend: 5000, save: 500 }],
      productIds: [a.productId],
    });
    await createTestPromotion({ code: "STACK10", type: "percent_off", amount: 10 });
    await createTestFlashSale({ variantId: b.variantId, salePrice: 2000, quantityCap: 5 });
    const cartId = await cartWith(
      [
        { variantId: a.variantId, quantity: 2 },
        { variantId: b.variantId, quantity: 1 },
      ],
      { couponCode: "stack10" },
    );
    const order = placed(await placeOrder(checkoutInput({ email: "stack@example.com" }), { cartId, userId: null }));
    const rows = await db
      .select({
        label: orderDiscounts.label,
        amount: orderDiscounts.amount,
        variantId: orderLines.variantId,
        share: orderDiscountAllocations.amount,
      })
      .from(orderDiscounts)
      .innerJoin(orderDiscountAllocations, eq(orderDiscountAllocations.orderDiscountId, orderDiscounts.id))
      .innerJoin(orderLines, eq(orderLines.id, orderDiscountAllocations.orderLineId))
      .where(eq(orderDiscounts.orderId, order.id))
      .orderBy(orderDiscounts.position, orderLines.id);
    // Flash 40.00 → 20.00 on B; 5.00 off A's 60.00; 10% of what is left (55.00 + 20.00), split 55 : 20.
    expect(rows.map((r) => [r.label, r.amount, r.variantId, r.share])).toEqual([
      ["Flash sale", 2000, b.variantId, 2000],
      ["Spend 50, save 5", 500, a.variantId, 500],
      ["Coupon STACK10", 750, a.variantId, 550],
      ["Coupon STACK10", 750, b.variantId, 200],
    ]);
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ subtotal: 10000, discountTotal: 3250, total: 6750 });

    // What the shopper's order page and the back office read.
    const labels = ["Flash sale", "Spend 50, save 5", "Coupon STACK10"];
    const shopper = await getOrderForViewer(order.number, { userId: null, guestOrderIds: [order.id], guestFullOrderIds: [] });
    expect(shopper!.discounts.map((d) => d.label)).toEqual(labels);
    const staff = await getOrderForStaff(order.number);
    expect(staff!.discounts.map((d) => [d.label, d.amount])).toEqual([
      ["Flash sale", 2000],
      ["Spend 50, save 5", 500],
      ["Coupon STACK10", 750],
    ]);
    expect(staff!.lines.map((l) => [l.variantId, l.lineTotal - l.discount])).toEqual([
      [a.variantId, 6000 - 500 - 550],
      [b.variantId, 4000 - 2000 - 200],
    ]);
  });

  it("refuses a coupon that does not apply instead of dropping it, reserving nothing", async () => {
    const { variantId } = await createTestVariant({ price: 1000, stock: 5 });
    await createTestPromotion({ code: "BIGSPEND", minSpend: 100_000 });
    const cartId = await cartWith([{ variantId, quantity: 1 }], { couponCode: "nosuchcode" });
    expect(await placeOrder(checkoutInput(), { cartId, userId: null })).toMatchObject({
      ok: false,
      error: "There is no coupon with the code nosuchcode.",
    });
    await db.update(carts).set({ couponCode: "bigspend" }).where(eq(carts.id, cartId));
    expect(await placeOrder(checkoutInput(), { cartId, userId: null })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Spend .* on eligible items to use the coupon BIGSPEND: add .* more\.$/),
    });
    expect(await stockOf(variantId)).toBe(5);
  });

  it("50 shoppers race for a coupon with 10 uses: exactly 10 orders carry it, 40 are told it is used up", async () => {
    const { variantId, productId } = await createTestVariant({ price: 6000, stock: 100 });
    const coupon = await createTestPromotion({ code: "RACE50", type: "fixed_off", amount: 500, usageLimit: 10 });
    const cartIds = await Promise.all(Array.from({ length: 50 }, () => cartWith([{ variantId, quantity: 1 }], { couponCode: "race50" })));
    const results = await Promise.all(
      cartIds.map((cartId, i) => placeOrder(checkoutInput({ email: `race50-${i}@example.com` }), { cartId, userId: null })),
    );
    const ok = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(10);
    for (const r of ok) expect(r.ok && r.order.total).toBe(5500);
    expect(refused).toHaveLength(40);
    for (const r of refused) expect(!r.ok && r.error).toMatch(/^The coupon RACE50 has (just )?been used up\.$/);
    expect(await one(sql`select used_count as n from promotions where id = ${coupon.id}`)).toEqual({ n: 10 });
    expect(await one(sql`select count(*)::int as n from order_discounts where promotion_id = ${coupon.id}`)).toEqual({ n: 10 });
    expect(await stockOf(variantId)).toBe(90);
    expect(await one(sql`select count(*)::int as n from order_lines where product_id = ${productId}`)).toEqual({ n: 10 });
  });

  it("200 shoppers race for a flash sale of 20, 1 each: 20 units at the sale price to 20 different shoppers, stock exact", async () => {
    const { variantId, title } = await createTestVariant({ price: 4000, stock: 500, title: "Burst Blender" });
    const sale = await createTestFlashSale({ variantId, salePrice: 990, quantityCap: 20, perCustomerLimit: 1 });
    const cartIds = await Promise.all(Array.from({ length: 200 }, () => cartWith([{ variantId, quantity: 1 }])));
    const results = await Promise.all(
      cartIds.map((cartId, i) => placeOrder(checkoutInput({ email: `burst-${i}@example.com` }), { cartId, userId: null })),
    );
    const ok = results.filter((r) => r.ok);
    // Who lost the race while priced at the sale price is refused; who was priced after it sold out pays the regular price.
    for (const r of results.filter((x) => !x.ok)) {
      expect(!r.ok && r.error).toBe(`The flash sale for ${title} just sold out: your cart shows the regular price now.`);
    }
    const atSalePrice = ok.filter((r) => r.ok && r.order.total === 990 + 499);
    expect(atSalePrice).toHaveLength(20);
    expect(ok.every((r) => r.ok && (r.order.total === 990 + 499 || r.order.total === 4000 + 499))).toBe(true);
    const [row] = await db.select().from(flashSales).where(eq(flashSales.id, sale.id));
    expect(row!.soldCount).toBe(20);
    expect(
      await one(sql`select count(*)::int as n, count(distinct email)::int as shoppers, sum(quantity)::int as units
      from flash_sale_claims where flash_sale_id = ${sale.id}`),
    ).toEqual({ n: 20, shoppers: 20, units: 20 });
    expect(await stockOf(variantId)).toBe(500 - ok.length);
    // Flash-sale orders are due sooner (10 minutes by default; 30 otherwise).
    const due = await one<{ max: number }>(sql`select max(extract(epoch from payment_due_at - created_at))::int as max
      from orders o where exists (select 1 from flash_sale_claims c where c.order_id = o.id and c.flash_sale_id = ${sale.id})`);
    expect(due.max).toBeLessThanOrEqual(10 * 60 + 5);
  });

  it("one shopper's two tabs cannot use a once-per-customer coupon twice nor pass a flash sale's per-customer limit", async () => {
    const userId = await createTestUser();
    const email = await emailOf(userId);
    const { variantId, title } = await createTestVariant({ price: 4000, stock: 50, title: "Two Tab Toaster" });
    await createTestPromotion({ code: "ONCEPP", perCustomerLimit: 1 });
    // An account has one cart: the other tab holds the guest cart from before signing in, checked out signed in.
    const twoTabs = async (couponCode?: string) => {
      await db.delete(carts).where(eq(carts.userId, userId));
      const tabs = await Promise.all([
        cartWith([{ variantId, quantity: 1 }], { userId, couponCode }),
        cartWith([{ variantId, quantity: 1 }], { couponCode }),
      ]);
      return Promise.all(tabs.map((cartId) => placeOrder(checkoutInput({ email }), { cartId, userId })));
    };
    const coupon = await twoTabs("oncepp");
    expect(coupon.filter((r) => r.ok)).toHaveLength(1);
    expect(coupon.find((r) => !r.ok)).toMatchObject({ ok: false, error: "You have already used the coupon ONCEPP." });

    const sale = await createTestFlashSale({ variantId, salePrice: 990, quantityCap: 10, perCustomerLimit: 1 });
    const flash = await twoTabs();
    const units = await one<{ n: number }>(
      sql`select coalesce(sum(quantity), 0)::int as n from flash_sale_claims where flash_sale_id = ${sale.id}`,
    );
    expect(units.n).toBe(1);
    // The other tab is refused, or (priced after the first committed) bought at the regular price.
    for (const r of flash) {
      if (!r.ok) expect(r.error).toBe(`You have already bought the most of ${title} allowed in this flash sale.`);
    }
    expect(flash.filter((r) => r.ok && r.order.total === 990 + 499)).toHaveLength(1);
  });

  it("two tabs cannot both place a first order with a first-order coupon; after cancelling, the next order is first again", async () => {
    const { variantId } = await createTestVariant({ price: 4000, stock: 10 });
    await createTestPromotion({ code: "FIRSTONLY", firstOrderOnly: true });
    const email = "first-only@example.com";
    const tabs = await Promise.all([
      cartWith([{ variantId, quantity: 1 }], { couponCode: "firstonly" }),
      cartWith([{ variantId, quantity: 1 }], { couponCode: "firstonly" }),
    ]);
    const results = await Promise.all(tabs.map((cartId) => placeOrder(checkoutInput({ email }), { cartId, userId: null })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: "The coupon FIRSTONLY is for a first order only." });
    const first = results.find((r) => r.ok)!;
    expect(await cancelOrder(placed(first).id, null)).toMatchObject({ ok: true });
    const again = await placeOrder(checkoutInput({ email }), {
      cartId: await cartWith([{ variantId, quantity: 1 }], { couponCode: "firstonly" }),
      userId: null,
    });
    expect(again.ok && again.order.total).toBe(3600 + 499);
  });

  it("two orders at once, each with another first-order promotion, cannot both be first orders", async () => {
    // Two products: one variant's lock would already make the two checkouts wait for each other.
    const variants = await Promise.all([1, 2].map(() => createTestVariant({ price: 4000, stock: 10 })));
    const tag = crypto.randomUUID().slice(0, 8).toUpperCase();
    const codes = [`FIRSTA${tag}`, `FIRSTB${tag}`];
    for (const code of codes) await createTestPromotion({ code, firstOrderOnly: true });
    const email = `first-${tag}@example.com`.toLowerCase();
    const carts = await Promise.all(
      codes.map((couponCode, i) => cartWith([{ variantId: variants[i]!.variantId, quantity: 1 }], { couponCode })),
    );
    const results = await Promise.all(carts.map((cartId) => placeOrder(checkoutInput({ email }), { cartId, userId: null })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: expect.stringMatching(/is for a first order only\.$/) });
  });

  it("cancelling gives the coupon use, the flash-sale units and the redeemed points back", async () => {
    const userId = await createTestUser();
    await grantPoints(userId, 5000);
    const { variantId } = await createTestVariant({ price: 6000, stock: 10 });
    const coupon = await createTestPromotion({ code: "GIVEBACK", type: "fixed_off", amount: 100, usageLimit: 1 });
    const sale = await createTestFlashSale({ variantId, salePrice: 3000, quantityCap: 1 });
    const cartId = await cartWith([{ variantId, quantity: 1 }], { userId, couponCode: "giveback" });
    const order = placed(await placeOrder(checkoutInput({ email: await emailOf(userId), usePoints: true }), { cartId, userId }));
    const sources = (await discountsOf(order.id)).map((d) => d.source);
    expect(sources).toEqual(["flash_sale", "coupon", "points"]);
    const spent = 5000 - (await pointsOf(userId));
    expect(spent).toBeGreaterThan(0);
    expect(
      await one(
        sql`select used_count as u, (select sold_count from flash_sales where id = ${sale.id}) as s from promotions where id = ${coupon.id}`,
      ),
    ).toEqual({
      u: 1,
      s: 1,
    });

    expect(await cancelOrder(order.id, userId)).toMatchObject({ ok: true, to: "cancelled" });
    expect(
      await one(
        sql`select used_count as u, (select sold_count from flash_sales where id = ${sale.id}) as s from promotions where id = ${coupon.id}`,
      ),
    ).toEqual({
      u: 0,
      s: 0,
    });
    expect(await pointsOf(userId)).toBe(5000);
    expect(await one(sql`select kind, points from points_ledger where order_id = ${order.id} and kind = 'reversed'`)).toEqual({
      kind: "reversed",
      points: spent,
    });
  });

  it("an unpaid flash-sale order expires sooner and gives its units back", async () => {
    const { variantId } = await createTestVariant({ price: 4000, stock: 10 });
    const sale = await createTestFlashSale({ variantId, salePrice: 1000, quantityCap: 1 });
    const order = placed(
      await placeOrder(checkoutInput({ email: "expiry@example.com" }), {
        cartId: await cartWith([{ variantId, quantity: 1 }]),
        userId: null,
      }),
    );
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.paymentDueAt.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    await db
      .update(orders)
      .set({ paymentDueAt: new Date(Date.now() - 1000) })
      .where(eq(orders.id, order.id));
    await cancelExpiredOrders(new Date());
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.status).toBe("cancelled");
    expect(await one(sql`select sold_count as n from flash_sales where id = ${sale.id}`)).toEqual({ n: 0 });
    expect(await stockOf(variantId)).toBe(10);
    // The unit is for sale again.
    const next = placed(
      await placeOrder(checkoutInput({ email: "next@example.com" }), {
        cartId: await cartWith([{ variantId, quantity: 1 }]),
        userId: null,
      }),
    );
    expect(next.total).toBe(1000 + 499);
  });

  it("two concurrent orders paying with points cannot overdraw the balance", async () => {
    const userId = await createTestUser();
    await grantPoints(userId, 1000);
    const email = await emailOf(userId);
    const { variantId } = await createTestVariant({ price: 6000, stock: 20 });
    // The account's cart and guest carts of other tabs, all checked out signed in.
    const cartIds = await Promise.all(
      Array.from({ length: 4 }, (_, i) => cartWith([{ variantId, quantity: 1 }], { userId: i === 0 ? userId : undefined })),
    );
    const results = await Promise.all(cartIds.map((cartId) => placeOrder(checkoutInput({ email, usePoints: true }), { cartId, userId })));
    for (const r of results) if (!r.ok) expect(r.error).toBe("Your points balance changed: review your order.");
    const redeemed = await one<{ n: number }>(
      sql`select coalesce(-sum(points), 0)::int as n from points_ledger where user_id = ${userId} and kind = 'redeemed'`,
    );
    expect(redeemed.n).toBe(1000);
    expect(await pointsOf(userId)).toBe(0);
    expect(await one(sql`select coalesce(sum(points), 0)::int as n from points_ledger where user_id = ${userId}`)).toEqual({ n: 0 });
  });

  it("every order placed: its discounts sum to its discount total, allocations to their discount, none above its line", async () => {
    const bad = await db.execute(sql`
      select o.number from orders o
      left join (select order_id, sum(amount)::int as amount from order_discounts group by order_id) d on d.order_id = o.id
      where exists (select 1 from order_discounts x where x.order_id = o.id) and o.discount_total <> d.amount
      union all
      select o.number from order_discounts d join orders o on o.id = d.order_id
      where d.target = 'items' and d.amount <> (select coalesce(sum(a.amount), 0) from order_discount_allocations a where a.order_discount_id = d.id)
      union all
      select o.number from order_lines l join orders o on o.id = l.order_id
      where l.line_total < (select coalesce(sum(a.amount), 0) from order_discount_allocations a where a.order_line_id = l.id)`);
    expect([...bad]).toEqual([]);
    expect(await one(sql`select count(*)::int as n from order_discounts`)).not.toEqual({ n: 0 });
  });
});
