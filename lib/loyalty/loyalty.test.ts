import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { loyaltySettings, orderDiscounts, orderEvents, orderLines, orders, pointsLedger, reviews } from "@/db/schema";
import { createTestOrder, pickProduct } from "@/lib/accounts/testing";
import { approveRefund, requestRefund, staffCancelOrder } from "@/lib/orders/mutations";
import { createReview } from "@/lib/reviews/mutations";
import { expirePoints } from "./expiry";
import { reversePointsForRefund } from "./ledger";
import { refundWithoutReturn } from "@/lib/refunds/mutations";
import { adjustPoints } from "./mutations";
import { getShopperTier, listPointsLedger } from "./queries";
import { balanceOf, createShopper, payTestOrder, placeTestOrder } from "./testing";

const ledgerOf = (userId: string) =>
  db
    .select({ kind: pointsLedger.kind, points: pointsLedger.points, orderId: pointsLedger.orderId, reason: pointsLedger.reason })
    .from(pointsLedger)
    .where(eq(pointsLedger.userId, userId))
    .orderBy(pointsLedger.id);

const addPoints = (userId: string, points: number, extra: Partial<typeof pointsLedger.$inferInsert> = {}) =>
  db.insert(pointsLedger).values({ userId, kind: "adjusted", points, reason: "test", ...extra });

describe("earning points on payment (real PostgreSQL)", () => {
  it("credits floor((subtotal − item discounts) × rate / 100) once, for a verified shopper's order", async () => {
    const shopper = await createShopper();
    const order = await placeTestOrder(shopper.id, { price: 1999, quantity: 3 }); // subtotal 5997
    // A discount the checkout would have stored: 10.00 off the items, 5.00 off shipping (which earns nothing either way).
    await db.insert(orderDiscounts).values([
      { orderId: order.id, source: "automatic", target: "items", label: "Spend 50, save 10", amount: 1000 },
      { orderId: order.id, source: "member", target: "shipping", label: "Gold member free shipping", amount: 500 },
    ]);
    expect(await payTestOrder(order)).toBe("paid");
    expect(await ledgerOf(shopper.id)).toEqual([{ kind: "earned", points: 49, orderId: order.id, reason: `Order ${order.number}` }]);
    expect(await balanceOf(shopper.id)).toBe(49);
    // A replayed payment changes nothing.
    expect(await payTestOrder(order)).toBe("not-pending");
    expect(await balanceOf(shopper.id)).toBe(49);
  });

  it("gives nothing to guests or unverified accounts; sets expiresAt when points expire", async () => {
    const unverified = await createShopper({ verified: false });
    const order = await placeTestOrder(unverified.id);
    await payTestOrder(order);
    expect(await ledgerOf(unverified.id)).toEqual([]);
    const guest = await placeTestOrder(null);
    await payTestOrder(guest);
    expect(await db.select().from(pointsLedger).where(eq(pointsLedger.orderId, guest.id))).toEqual([]);

    // Settings changed inside a transaction that is rolled back, so other test files never see them.
    const shopper = await createShopper();
    const expiring = await placeTestOrder(shopper.id, { price: 5000 });
    let seen: { points?: number; expiresAt?: Date | null; paidAt?: Date | null } = {};
    await db
      .transaction(async (tx) => {
        await tx.update(loyaltySettings).set({ expiryMonths: 12, earnPointsPerUnit: 3 }).where(eq(loyaltySettings.id, 1));
        await payTestOrder(expiring, tx);
        const [row] = await tx.select().from(pointsLedger).where(eq(pointsLedger.orderId, expiring.id));
        const [paid] = await tx.select({ paidAt: orders.paidAt }).from(orders).where(eq(orders.id, expiring.id));
        seen = { points: row?.points, expiresAt: row?.expiresAt, paidAt: paid?.paidAt };
        tx.rollback();
      })
      .catch(() => {});
    expect(seen.points).toBe(150);
    const expected = new Date(seen.paidAt!);
    expected.setUTCMonth(expected.getUTCMonth() + 12);
    expect(seen.expiresAt?.getTime()).toBe(expected.getTime());
  });
});

describe("review points (real PostgreSQL)", () => {
  it("credits reviewPoints once for a review with text", async () => {
    const shopper = await createShopper();
    const product = await pickProduct(30);
    const order = await createTestOrder(shopper.id, "delivered", [product]);
    const created = await createReview(shopper.id, {
      orderLineId: order.lineIds[0]!,
      rating: 5,
      body: "Lovely thing, works well.",
      anonymous: false,
    });
    expect(created.ok).toBe(true);
    const reviewId = created.ok ? created.reviewId : 0;
    const rows = await db.select().from(pointsLedger).where(eq(pointsLedger.userId, shopper.id));
    expect(rows).toEqual([expect.objectContaining({ kind: "earned", points: 10, reviewId, orderId: null })]);
    expect(await balanceOf(shopper.id)).toBe(10);
    await db.delete(reviews).where(eq(reviews.id, reviewId));
  });
});

describe("points back on refunds (real PostgreSQL)", () => {
  it("a refunded order takes its earned points back and gives back the points spent on it", async () => {
    const shopper = await createShopper();
    const staff = await createShopper();
    await addPoints(shopper.id, 500);
    const order = await placeTestOrder(shopper.id, { price: 10000 });
    // What H2's checkout writes when points pay part of the order.
    await db.insert(pointsLedger).values({ userId: shopper.id, kind: "redeemed", points: -300, orderId: order.id, reason: "Points used" });
    await payTestOrder(order);
    expect(await balanceOf(shopper.id)).toBe(500 - 300 + 100);

    await requestRefund(order.id, shopper.id, "Broken");
    expect(await approveRefund(order.id, staff.id, { restock: false })).toMatchObject({ ok: true, to: "refunded" });
    const rows = (await ledgerOf(shopper.id)).filter((r) => r.orderId === order.id);
    expect(rows.map((r) => [r.kind, r.points])).toEqual([
      ["redeemed", -300],
      ["earned", 100],
      ["reversed", 300],
      ["reversed", -100],
    ]);
    expect(await balanceOf(shopper.id)).toBe(500);
    // Nothing more on a second call (e.g. a retried hook).
    expect(await db.transaction((tx) => reversePointsForRefund(tx, order.id, order.total))).toEqual({
      reversed: 0,
      returned: 0,
      shortfall: 0,
    });
  });

  it("takes only what is left when the earned points were spent, and never fails the refund", async () => {
    const shopper = await createShopper();
    const staff = await createShopper();
    const order = await placeTestOrder(shopper.id, { price: 5000 });
    await payTestOrder(order); // +50
    await db.insert(pointsLedger).values({ userId: shopper.id, kind: "redeemed", points: -30, reason: "Spent elsewhere" });
    await requestRefund(order.id, shopper.id, "Late");
    expect(await approveRefund(order.id, staff.id, { restock: false })).toMatchObject({ ok: true });
    const [last] = await db.select().from(pointsLedger).where(eq(pointsLedger.userId, shopper.id)).orderBy(desc(pointsLedger.id)).limit(1);
    expect(last).toMatchObject({ kind: "reversed", points: -20 });
    expect(last!.reason).toMatch(/30 of the 50 points earned were already spent/);
    expect(await balanceOf(shopper.id)).toBe(0);

    // Nothing left at all: the refund still goes through and the timeline says why.
    const broke = await createShopper();
    const second = await placeTestOrder(broke.id, { price: 3000 });
    await payTestOrder(second);
    await db.insert(pointsLedger).values({ userId: broke.id, kind: "redeemed", points: -30, reason: "Spent" });
    await requestRefund(second.id, broke.id, "Late");
    expect(await approveRefund(second.id, staff.id, { restock: false })).toMatchObject({ ok: true });
    const notes = await db
      .select({ note: orderEvents.note })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, second.id), eq(orderEvents.internal, true)));
    expect(notes.map((n) => n.note)).toContain("Points not reversed: the 30 points this order earned were already spent");
  });

  it("a paid order cancelled by staff loses its points; partial refunds reverse proportionally, rounding down", async () => {
    const shopper = await createShopper();
    const staff = await createShopper();
    const order = await placeTestOrder(shopper.id, { price: 3333 });
    await payTestOrder(order); // +33
    expect(await staffCancelOrder(order.id, staff.id, undefined, undefined, { mayRefund: true })).toMatchObject({
      ok: true,
      to: "cancelled",
    });
    expect(await balanceOf(shopper.id)).toBe(0);

    const other = await placeTestOrder(shopper.id, { price: 10000 });
    await payTestOrder(other); // +100; the items were paid 10000 (it ships free)
    const third = Math.floor(10000 / 3);
    const first = await db.transaction((tx) => reversePointsForRefund(tx, other.id, third));
    expect(first.reversed).toBe(Math.floor((100 * third) / 10000));
    await db.transaction((tx) => reversePointsForRefund(tx, other.id, third, { itemsRefundedBefore: third }));
    await db.transaction((tx) => reversePointsForRefund(tx, other.id, 10000 - 2 * third, { itemsRefundedBefore: 2 * third }));
    expect(await balanceOf(shopper.id)).toBe(0);
  });

  it("points follow the items refunded, not the shipping: every item back gives every point back, the shipping alone none", async () => {
    const shopper = await createShopper();
    const staff = await createShopper();
    await addPoints(shopper.id, 500);
    const order = await placeTestOrder(shopper.id, { price: 3000 }); // under the free-shipping threshold: it pays shipping
    await db.insert(pointsLedger).values({ userId: shopper.id, kind: "redeemed", points: -300, orderId: order.id, reason: "Points used" });
    await payTestOrder(order); // earns 30 on the 30.00 of items
    const [line] = await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, order.id));
    const shippingOnly = await refundWithoutReturn(order.id, staff.id, { lines: [], shipping: "remaining", reason: "Late parcel" });
    expect(shippingOnly).toMatchObject({ ok: true });
    expect(await balanceOf(shopper.id)).toBe(500 - 300 + 30); // nothing moved
    const items = await refundWithoutReturn(order.id, staff.id, {
      lines: [{ orderLineId: line!.id, quantity: 1 }],
      shipping: "none",
      reason: "Broken",
    });
    expect(items).toMatchObject({ ok: true });
    expect(await balanceOf(shopper.id)).toBe(500); // the 300 spent back, the 30 earned gone
  });
});

describe("staff adjustments (real PostgreSQL)", () => {
  it("records the staff member and reason; refuses to make the balance negative", async () => {
    const shopper = await createShopper();
    const staff = await createShopper();
    expect(await adjustPoints({ userId: shopper.id, points: 40, reason: "Late delivery" }, staff.id)).toEqual({ ok: true, balance: 40 });
    const refused = await adjustPoints({ userId: shopper.id, points: -41, reason: "Oops" }, staff.id);
    expect(refused).toMatchObject({ ok: false, field: "points" });
    expect(!refused.ok && refused.error).toMatch(/has 40 points: taking 41 would make the balance negative/);
    expect(await balanceOf(shopper.id)).toBe(40);
    const [entry] = await listPointsLedger(shopper.id);
    expect(entry).toMatchObject({ kind: "adjusted", points: 40, reason: "Late delivery", actorName: "Points Shopper" });
  });

  it("refuses a staff member's adjustment of their own points (points pay for orders)", async () => {
    const staff = await createShopper();
    expect(await adjustPoints({ userId: staff.id, points: 1000, reason: "Bonus" }, staff.id)).toEqual({
      ok: false,
      field: "userId",
      error: "You cannot adjust your own points: ask another member of staff.",
    });
    expect(await balanceOf(staff.id)).toBe(0);
    expect(await listPointsLedger(staff.id)).toEqual([]);
  });
});

describe("points expiry (real PostgreSQL)", () => {
  const day = 86_400_000;
  it("expires the unspent part of lapsed earned points, once; spending uses the soonest-lapsing points first", async () => {
    const now = new Date();
    const shopper = await createShopper();
    const old = new Date(now.getTime() - 400 * day);
    await db.insert(pointsLedger).values([
      { userId: shopper.id, kind: "earned", points: 100, reason: "old", expiresAt: new Date(now.getTime() - day), createdAt: old },
      { userId: shopper.id, kind: "adjusted", points: 50, reason: "gift (never lapses)", createdAt: new Date(old.getTime() + day) },
      { userId: shopper.id, kind: "redeemed", points: -30, reason: "spent", createdAt: new Date(old.getTime() + 2 * day) },
      { userId: shopper.id, kind: "earned", points: 40, reason: "fresh", expiresAt: new Date(now.getTime() + 30 * day) },
    ]);
    expect(await balanceOf(shopper.id)).toBe(160);
    await expirePoints(now);
    expect(await balanceOf(shopper.id)).toBe(90); // 100 lapsed − 30 spent from them = 70 expired
    await expirePoints(new Date(now.getTime() + 1000));
    expect(await balanceOf(shopper.id)).toBe(90);
    // The fresh lot lapses later: all 40 go, the gift stays.
    await expirePoints(new Date(now.getTime() + 31 * day));
    expect(await balanceOf(shopper.id)).toBe(50);
    const expired = (await ledgerOf(shopper.id)).filter((r) => r.kind === "expired").map((r) => r.points);
    expect(expired).toEqual([-70, -40]);
  });

  it("an order's reversal uses its own lot, and lapsed points that were all spent expire nothing", async () => {
    const now = new Date();
    const shopper = await createShopper();
    const order = await createTestOrder(shopper.id, "refunded", [await pickProduct(31)]);
    const t = (d: number) => new Date(now.getTime() + d * day);
    await db.insert(pointsLedger).values([
      { userId: shopper.id, kind: "earned", points: 60, reason: "a", expiresAt: t(-2), createdAt: t(-100) },
      { userId: shopper.id, kind: "earned", points: 25, orderId: order.id, reason: "b", expiresAt: t(50), createdAt: t(-90) },
      { userId: shopper.id, kind: "reversed", points: -25, orderId: order.id, reason: "refund", createdAt: t(-80) },
      { userId: shopper.id, kind: "redeemed", points: -60, reason: "spent", createdAt: t(-70) },
      { userId: shopper.id, kind: "adjusted", points: 10, reason: "gift", createdAt: t(-60) },
    ]);
    await expirePoints(now);
    expect(await balanceOf(shopper.id)).toBe(10);
    expect((await ledgerOf(shopper.id)).some((r) => r.kind === "expired")).toBe(false);
  });
});

describe("tiers by 12-month spend (real PostgreSQL)", () => {
  it("counts orders paid in the last 12 months, less their refunds, not cancelled, and says what the next tier needs", async () => {
    const shopper = await createShopper();
    const product = await pickProduct(32);
    const paidOrder = async (status: "paid" | "completed" | "refunded" | "cancelled", daysAgo: number, total: number, refunded = 0) => {
      const o = await createTestOrder(shopper.id, status, [product]);
      await db
        .update(orders)
        .set({ subtotal: total, total, refundedTotal: refunded, paidAt: sql`now() - make_interval(days => ${daysAgo})` })
        .where(eq(orders.id, o.id));
    };
    expect(await getShopperTier(db, shopper.id)).toMatchObject({
      tier: { name: "Member" },
      spend12m: 0,
      next: { tier: { name: "Silver" }, missing: 50000 },
    });
    await paidOrder("completed", 10, 40000);
    await paidOrder("paid", 300, 20000);
    await paidOrder("refunded", 5, 99999);
    await paidOrder("cancelled", 5, 99999);
    await paidOrder("completed", 400, 99999);
    // Every item returned, the shipping kept by the shop: the order stays completed, but only the shipping counts.
    await paidOrder("completed", 3, 30500, 30000);
    expect(await getShopperTier(db, shopper.id)).toMatchObject({
      tier: { name: "Silver", freeShipping: true },
      spend12m: 60500,
      next: { tier: { name: "Gold", percentOff: 5 }, missing: 89500 },
    });
    await paidOrder("completed", 1, 100000);
    expect(await getShopperTier(db, shopper.id)).toMatchObject({ tier: { name: "Gold" }, spend12m: 160500, next: null });
  });
});
