import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders, payments, staffAlerts, storeSettings } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { approveOrder, requestRefund, shipOrder, staffCancelOrder } from "./mutations";
import { markOrderPaid } from "./mutations/payment";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, stockOf } from "./testing";

/**
 * A placed order paid with the review step on. Other test files share this database,
 * so the setting is switched on and back inside the payment's own transaction:
 * nobody else ever sees it on.
 */
async function paidUnderReview(opts: { stock?: number; quantity?: number } = {}) {
  const { variantId } = await createTestVariant({ price: 1500, stock: opts.stock ?? 5 });
  const cartId = await createTestCart([{ variantId, quantity: opts.quantity ?? 2 }]);
  const email = `review-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const placed = await placeOrder(checkoutInput({ email }), { cartId, userId: null });
  if (!placed.ok) throw new Error(placed.error);
  const o = placed.order;
  const reference = `tg_${o.id}`;
  const [payment] = await db
    .insert(payments)
    .values({ orderId: o.id, provider: "test", providerReference: reference, amount: o.total, currency: o.currency, status: "succeeded" })
    .returning();
  const result = await db.transaction(async (tx) => {
    await tx.insert(storeSettings).values({ id: 1 }).onConflictDoNothing();
    const [before] = await tx.select().from(storeSettings).where(eq(storeSettings.id, 1)).for("update");
    await tx.update(storeSettings).set({ reviewOrdersBeforeFulfilment: true }).where(eq(storeSettings.id, 1));
    const paid = await markOrderPaid(tx, { orderId: o.id, provider: "test", reference, amount: o.total, currency: o.currency });
    await tx
      .update(storeSettings)
      .set({ reviewOrdersBeforeFulfilment: before!.reviewOrdersBeforeFulfilment })
      .where(eq(storeSettings.id, 1));
    return paid;
  });
  expect(result).toBe("paid");
  return { order: o, payment: payment!, variantId };
}

const orderRow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;

describe("the order review step (real PostgreSQL)", () => {
  it("with the setting on, the payment leaves the order awaiting review (paid, not yet shippable); approving makes it shippable", async () => {
    const staff = await createTestUser();
    const { order } = await paidUnderReview();
    const row = await orderRow(order.id);
    expect(row.status).toBe("awaiting_review");
    expect(row.paidAt).toBeInstanceOf(Date);
    expect(row.reviewedAt).toBeNull();

    const early = await shipOrder(order.id, staff, { carrier: "DHL", trackingNumber: "REV-1" });
    expect(early).toMatchObject({ ok: false });
    expect((await orderRow(order.id)).status).toBe("awaiting_review");

    expect(await approveOrder(order.id, staff)).toMatchObject({ ok: true, from: "awaiting_review", to: "paid" });
    const approved = await orderRow(order.id);
    expect(approved.reviewedAt).toBeInstanceOf(Date);
    expect(approved.paidAt!.getTime()).toBe(row.paidAt!.getTime());
    expect(await approveOrder(order.id, staff)).toMatchObject({ ok: false });
    expect(await shipOrder(order.id, staff, { carrier: "DHL", trackingNumber: "REV-1" })).toMatchObject({ ok: true, to: "shipped" });
  });

  it("raises a 'review it' alert for the paid order, in the payment's transaction", async () => {
    const { order } = await paidUnderReview();
    const alerts = await db
      .select()
      .from(staffAlerts)
      .where(eq(staffAlerts.href, `/admin/orders/${order.number}`));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "order_paid", title: `Order ${order.number} paid: review it` });
  });

  it("without the setting the payment goes straight to paid", async () => {
    const [s] = await db.select({ review: storeSettings.reviewOrdersBeforeFulfilment }).from(storeSettings);
    if (s?.review) return; // another file switched it on for a moment: nothing to check here
    const { paidOrder } = await import("./testing");
    const { order } = await paidOrder("test", { quantity: 1 });
    expect((await orderRow(order.id)).status).toBe("paid");
  });

  it("staff cancelling an order awaiting review refunds it like a paid one (admins only) and puts the stock back", async () => {
    const staff = await createTestUser();
    const { order, payment, variantId } = await paidUnderReview({ stock: 5, quantity: 2 });
    expect(await stockOf(variantId)).toBe(3);

    const refused = await staffCancelOrder(order.id, staff, "Suspicious", undefined, { mayRefund: false });
    expect(refused).toMatchObject({ ok: false });
    expect((await orderRow(order.id)).status).toBe("awaiting_review");

    expect(await staffCancelOrder(order.id, staff, "Suspicious", undefined, { mayRefund: true })).toMatchObject({
      ok: true,
      from: "awaiting_review",
      to: "cancelled",
    });
    const [p] = await db.select({ status: payments.status }).from(payments).where(eq(payments.id, payment.id));
    expect(p!.status).toBe("refunded");
    expect(await stockOf(variantId)).toBe(5);
  });

  it("the shopper may ask for a refund while the order awaits review (and staff are alerted); the paid e-mail was sent", async () => {
    const { order } = await paidUnderReview();
    expect(await requestRefund(order.id, null, "Ordered the wrong size")).toMatchObject({ ok: true, to: "refund_requested" });
    const [alert] = await db
      .select()
      .from(staffAlerts)
      .where(and(eq(staffAlerts.kind, "refund_requested"), eq(staffAlerts.href, `/admin/orders/${order.number}`)));
    expect(alert).toMatchObject({ title: `Refund requested for order ${order.number}`, body: "Ordered the wrong size" });
    // The webhook sends the paid e-mail after commit (handle-event.ts); its text for an order awaiting review:
    const { orderMail } = await import("./mutations/notify");
    const mail = orderMail({ ...(await orderRow(order.id)), status: "awaiting_review" }, "https://shop.example.com");
    expect(mail).toMatchObject({ template: "order-paid", subject: `Payment received for order ${order.number}` });
    expect(mail!.text).toMatch(/We check each order before preparing it/);
  });
});
