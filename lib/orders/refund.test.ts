import { desc, eq } from "drizzle-orm";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { mailOutbox, orderEvents, orders, payments, refunds } from "@/db/schema";
import { RefundFailed, type PaymentProvider } from "@/lib/payments/provider";
import { createStripeProvider } from "@/lib/payments/stripe/provider";
import { addInternalNote, approveRefund, requestRefund, staffCancelOrder } from "./mutations";
import { getOrderForViewer } from "./queries";
import { getOrderForStaff, listOrdersForStaff } from "./queries/staff";
import { createTestUser, paidOrder, stockOf } from "./testing";

const stateOf = async (orderId: string, paymentId: string) => {
  const [o] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  const [p] = await db.select({ status: payments.status }).from(payments).where(eq(payments.id, paymentId));
  return { order: o!.status, payment: p!.status };
};

/** A Stripe provider whose HTTP calls are answered here; `fail` makes the refund call fail like Stripe would. */
function offlineStripe(fail: false | "refused" | "already" = false) {
  const calls: { method: string; url: string; body: URLSearchParams; idempotencyKey: string | null }[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "request-id": "req_1" } });
  const fakeFetch: typeof fetch = async (input, init) => {
    const url = String(input);
    calls.push({
      method: init?.method ?? "GET",
      url,
      body: new URLSearchParams(String(init?.body ?? "")),
      idempotencyKey: new Headers(init?.headers).get("idempotency-key"),
    });
    if (url.includes("/v1/checkout/sessions/"))
      return json({ id: url.split("/").pop(), object: "checkout.session", payment_intent: "pi_test_123" });
    if (fail === "refused")
      return json({ error: { type: "invalid_request_error", message: "Charge ch_1 has already been refunded." } }, 400);
    if (fail === "already")
      return json(
        { error: { type: "invalid_request_error", code: "charge_already_refunded", message: "Charge ch_1 has already been refunded." } },
        400,
      );
    return json({ id: "re_test_1", object: "refund", status: "succeeded", payment_intent: "pi_test_123" });
  };
  const provider = createStripeProvider({
    secretKey: "sk_test_offline",
    siteUrl: "https://shop.example.com",
    httpClient: Stripe.createFetchHttpClient(fakeFetch),
  });
  return { provider, calls, resolve: (id: string) => (id === "stripe" ? provider : null) };
}

describe("refunds through the payment provider (real PostgreSQL)", () => {
  it("the test gateway: approving marks the payment refunded and records the staff member", async () => {
    const staff = await createTestUser();
    const { order, payment, variantId } = await paidOrder("test", { quantity: 2 });
    // Delivered: the goods left, and without Restock they stay out of stock (an unshipped order's come back anyway).
    await db.update(orders).set({ status: "delivered", shippedAt: new Date(), deliveredAt: new Date() }).where(eq(orders.id, order.id));
    await requestRefund(order.id, null, "Not what I expected");
    expect(await approveRefund(order.id, staff, { restock: false })).toMatchObject({ ok: true, to: "refunded" });
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "refunded", payment: "refunded" });
    expect(await stockOf(variantId)).toBe(8); // not restocked
    const [last] = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(orderEvents.id).limit(1).offset(3);
    expect(last).toMatchObject({ actor: "staff", actorId: staff, toStatus: "refunded" });
    expect(last!.note).toMatch(/refunded through the test gateway/i);
  });

  it("Stripe: refunds the Checkout Session's payment intent with the injected client", async () => {
    const staff = await createTestUser();
    const { order, payment, variantId } = await paidOrder("stripe", { quantity: 1 });
    await requestRefund(order.id, null, "Changed my mind");
    const stripe = offlineStripe();
    expect(await approveRefund(order.id, staff, { restock: true, resolve: stripe.resolve })).toMatchObject({ ok: true, to: "refunded" });
    expect(stripe.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      `GET /v1/checkout/sessions/${payment.providerReference}`,
      "POST /v1/refunds",
    ]);
    const [refund] = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(refund).toMatchObject({ kind: "order", amount: order.total, providerReference: "re_test_1" });
    expect(Object.fromEntries(stripe.calls[1]!.body)).toMatchObject({
      payment_intent: "pi_test_123",
      amount: String(order.total),
      "metadata[paymentId]": payment.id,
      "metadata[refundId]": refund!.id,
    });
    // One idempotency key per refund, so a later partial refund of the same payment is a new refund at Stripe.
    expect(stripe.calls[1]!.idempotencyKey).toBe(`mercato-refund-${refund!.id}`);
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "refunded", payment: "refunded" });
    expect(await stockOf(variantId)).toBe(10);
  });

  it("a provider failure leaves the order in refund_requested, the payment and stock as they were, with a clear error", async () => {
    const staff = await createTestUser();
    const { order, payment, variantId } = await paidOrder("stripe", { quantity: 2 });
    await requestRefund(order.id, null, "Broken");
    const result = await approveRefund(order.id, staff, { restock: true, resolve: offlineStripe("refused").resolve });
    expect(result).toEqual({
      ok: false,
      error: "Stripe refused the refund: Charge ch_1 has already been refunded. The order was not changed.",
    });
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "refund_requested", payment: "succeeded" });
    expect(await stockOf(variantId)).toBe(8);
    const unconfigured = await approveRefund(order.id, staff, { restock: false, resolve: () => null });
    expect(unconfigured.ok).toBe(false);
    const throwing: PaymentProvider = {
      ...offlineStripe().provider,
      refund: async () => Promise.reject(new RefundFailed("Network down.")),
    };
    expect(await approveRefund(order.id, staff, { restock: false, resolve: () => throwing })).toEqual({
      ok: false,
      error: "Network down. The order was not changed.",
    });
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "refund_requested", payment: "succeeded" });
  });

  it("Stripe: a payment already refunded at Stripe (e.g. from its dashboard) is recorded as refunded", async () => {
    const staff = await createTestUser();
    const { order, payment } = await paidOrder("stripe", { quantity: 1 });
    await requestRefund(order.id, null, "Refunded by phone");
    expect(await approveRefund(order.id, staff, { restock: false, resolve: offlineStripe("already").resolve })).toMatchObject({
      ok: true,
      to: "refunded",
    });
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "refunded", payment: "refunded" });
  });

  it("without the refund permission a paid order cannot be cancelled, and nothing changes", async () => {
    const staff = await createTestUser();
    const { order, payment, variantId } = await paidOrder("test", { quantity: 3 });
    expect(await staffCancelOrder(order.id, staff)).toEqual({
      ok: false,
      error: "Only an admin can cancel a paid order, since that refunds the payment. The order was not changed.",
    });
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "paid", payment: "succeeded" });
    expect(await stockOf(variantId)).toBe(7);
  });

  it("cancelling a paid order with the refund permission refunds it and restocks", async () => {
    const staff = await createTestUser();
    const { order, payment, variantId } = await paidOrder("test", { quantity: 3 });
    expect(await staffCancelOrder(order.id, staff, undefined, undefined, { mayRefund: true })).toMatchObject({ ok: true, to: "cancelled" });
    expect(await stateOf(order.id, payment.id)).toEqual({ order: "cancelled", payment: "refunded" });
    expect(await stockOf(variantId)).toBe(10);
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, "order-cancelled"))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    expect(mail!.text).toContain(order.number);
    expect(mail!.text).toContain("refunded in full");
  });
});

describe("back-office order reads", () => {
  it("internal notes show to staff with who wrote them, never to the shopper", async () => {
    const staff = await createTestUser();
    const { order } = await paidOrder("test");
    await addInternalNote(order.id, staff, "Customer called about the colour");
    const shopperView = await getOrderForViewer(order.number, { userId: null, guestOrderIds: [order.id], guestFullOrderIds: [] });
    expect(shopperView!.events.map((e) => e.note)).not.toContain("Customer called about the colour");
    const staffView = await getOrderForStaff(order.number);
    expect(staffView!.events.at(-1)).toMatchObject({
      internal: true,
      actor: "staff",
      actorName: "Test Shopper",
      note: "Customer called about the colour",
    });
    expect(staffView!.events.find((e) => e.toStatus === "paid")).toMatchObject({ actor: "payment", actorName: null });
    expect(staffView!.payments).toHaveLength(1);
    expect(staffView!.staffActions).toEqual(["cancel", "ship"]);
  });

  it("filters by e-mail, number, product title, status, dates and amounts", async () => {
    const email = `filter-${Date.now()}@example.com`;
    const title = `Filterable Vase ${Date.now()}`;
    const { order } = await paidOrder("test", { email, title, quantity: 1 });
    const numbers = async (f: Parameters<typeof listOrdersForStaff>[0]) => (await listOrdersForStaff(f)).rows.map((r) => r.number);
    expect(await numbers({ q: email, page: 1 })).toEqual([order.number]);
    expect(await numbers({ q: email.toUpperCase(), page: 1 })).toEqual([order.number]);
    expect(await numbers({ q: order.number.toLowerCase(), page: 1 })).toEqual([order.number]);
    expect(await numbers({ q: title.slice(0, 20).toLowerCase(), status: "paid", page: 1 })).toContain(order.number);
    expect(await numbers({ q: title, status: "shipped", page: 1 })).toEqual([]);
    const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
    expect(
      await numbers({
        q: email,
        from: today,
        until: new Date(today.getTime() + 86_400_000),
        minTotal: order.total,
        maxTotal: order.total,
        page: 1,
      }),
    ).toEqual([order.number]);
    expect(await numbers({ q: email, minTotal: order.total + 1, page: 1 })).toEqual([]);
    expect(await numbers({ q: email, until: today, page: 1 })).toEqual([]);
    const all = await listOrdersForStaff({ page: 1 });
    expect(all.total).toBeGreaterThanOrEqual(1);
    expect(all.rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(all.rows.at(-1)!.createdAt.getTime());
  });
});
