import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/payments/test/webhook/route";
import { db } from "@/db";
import { mailOutbox, orders, payments } from "@/db/schema";
import { startPayment } from "../mutations/start";
import { createPendingOrder, snapshot } from "../testing";
import { DECLINED_MESSAGE } from "./card";
import type { TestGatewayEvent } from "./event";
import { testGatewayProvider } from "./provider";
import { testGatewaySecret } from "./secret";
import { SIGNATURE_HEADER, signWebhook } from "./signature";

type Delivery = { body: string; signature: string };

/** A pending order with an open test gateway payment, as checkout leaves it. */
async function orderAwaitingPayment(total = 4599) {
  const order = await createPendingOrder({ total });
  const { redirectUrl } = await startPayment(order);
  const paymentId = redirectUrl.split("/").pop()!;
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  return { order, payment: payment! };
}

function signed(
  event: Partial<TestGatewayEvent> & Pick<TestGatewayEvent, "reference">,
  at = new Date(),
  secret = testGatewaySecret(),
): Delivery {
  const body = JSON.stringify({ eventId: randomUUID(), type: "payment.succeeded", amount: 4599, currency: "USD", ...event });
  return { body, signature: signWebhook(body, secret, at) };
}

async function deliver({ body, signature }: Delivery) {
  const response = await POST(
    new Request("http://shop.test/api/payments/test/webhook", { method: "POST", body, headers: { [SIGNATURE_HEADER]: signature } }),
  );
  return { status: response.status, json: (await response.json()) as { received?: boolean; outcome?: string; error?: string } };
}

describe("startPayment with the test gateway", () => {
  it("opens a pending payment for the order's stored total and reuses it when asked again", async () => {
    const order = await createPendingOrder({ total: 1234 });
    const first = await startPayment({ ...order, total: 1 });
    expect(first.redirectUrl).toMatch(/^\/pay\/test\/[0-9a-f-]{36}$/);
    const rows = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: "test", status: "pending", amount: 1234, currency: "USD" });
    expect(await startPayment(order)).toEqual(first);
  });

  it("refuses an order that no longer waits for payment or whose time ran out", async () => {
    const late = await createPendingOrder({ dueInMinutes: -1 });
    await expect(startPayment(late)).rejects.toThrow("The time to pay for this order has run out.");
    const cancelled = await createPendingOrder();
    await db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, cancelled.id));
    await expect(startPayment(cancelled)).rejects.toThrow("not waiting for payment");
    expect(await db.select().from(payments).where(eq(payments.orderId, cancelled.id))).toHaveLength(0);
  });
});

describe("test gateway webhook (real PostgreSQL)", () => {
  it("pays the order once when the same delivery arrives twice", async () => {
    const { order, payment } = await orderAwaitingPayment();
    const delivery = signed({ reference: payment.providerReference });
    expect(await deliver(delivery)).toEqual({ status: 200, json: { received: true, outcome: "paid" } });
    const afterFirst = await snapshot(order.id, payment.id);
    expect(await deliver(delivery)).toEqual({ status: 200, json: { received: true, outcome: "duplicate" } });
    const afterSecond = await snapshot(order.id, payment.id);
    expect(afterFirst).toMatchObject({ orderStatus: "paid", paidEvents: 1, handledEvents: 1 });
    expect(afterFirst.payment.status).toBe("succeeded");
    expect(afterSecond).toEqual(afterFirst);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, order.email));
    expect(mails.filter((m) => m.template === "order-paid")).toHaveLength(1);
  });

  it("handles one event delivered many times at once exactly once", async () => {
    const { order, payment } = await orderAwaitingPayment();
    const delivery = signed({ reference: payment.providerReference });
    const results = await Promise.all(Array.from({ length: 8 }, () => deliver(delivery)));
    expect(results.map((r) => r.json.outcome).sort()).toEqual(["paid", ...Array(7).fill("duplicate")].sort());
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "paid", paidEvents: 1, handledEvents: 1 });
  });

  it("a second, different success event for a paid payment changes nothing", async () => {
    const { order, payment } = await orderAwaitingPayment();
    await deliver(signed({ reference: payment.providerReference }));
    expect((await deliver(signed({ reference: payment.providerReference }))).json.outcome).toBe("already-succeeded");
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "paid", paidEvents: 1, handledEvents: 2 });
  });

  it("rejects a forged signature, a changed body and a missing signature, and changes nothing", async () => {
    const { order, payment } = await orderAwaitingPayment();
    const before = await snapshot(order.id, payment.id);
    const forged = signed({ reference: payment.providerReference }, new Date(), "an attacker's guess at the secret");
    expect(await deliver(forged)).toEqual({ status: 401, json: { error: "signature mismatch" } });
    const genuine = signed({ reference: payment.providerReference, amount: 1 });
    expect((await deliver({ body: genuine.body.replace('"amount":1', '"amount":4599'), signature: genuine.signature })).status).toBe(401);
    expect(await deliver({ body: genuine.body, signature: "" })).toEqual({ status: 400, json: { error: "missing signature" } });
    expect(await snapshot(order.id, payment.id)).toEqual(before);
    expect(before).toMatchObject({ orderStatus: "pending_payment", paidEvents: 0, handledEvents: 0 });
    expect(before.payment.status).toBe("pending");
  });

  it("rejects a stale timestamp and one from the future", async () => {
    const { order, payment } = await orderAwaitingPayment();
    const sixMinutes = 6 * 60_000;
    for (const at of [new Date(Date.now() - sixMinutes), new Date(Date.now() + sixMinutes)]) {
      expect(await deliver(signed({ reference: payment.providerReference }, at))).toEqual({
        status: 401,
        json: { error: "stale timestamp" },
      });
    }
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "pending_payment", handledEvents: 0 });
  });

  it("a replayed valid delivery is a harmless duplicate soon after and rejected as stale later", async () => {
    const { order, payment } = await orderAwaitingPayment();
    const delivery = signed({ reference: payment.providerReference });
    expect((await deliver(delivery)).json.outcome).toBe("paid");
    expect((await deliver(delivery)).json.outcome).toBe("duplicate");
    const headers = new Headers({ [SIGNATURE_HEADER]: delivery.signature });
    const sixMinutesLater = new Date(Date.now() + 6 * 60_000);
    expect(() => testGatewayProvider.verifyWebhook(delivery.body, headers, sixMinutesLater)).toThrow("stale timestamp");
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "paid", paidEvents: 1, handledEvents: 1 });
  });

  it("does not pay an order when the amount or currency paid differs", async () => {
    const { order, payment } = await orderAwaitingPayment(4599);
    expect((await deliver(signed({ reference: payment.providerReference, amount: 4598 }))).json.outcome).toBe("amount-mismatch");
    expect((await deliver(signed({ reference: payment.providerReference, currency: "EUR" }))).json.outcome).toBe("amount-mismatch");
    const after = await snapshot(order.id, payment.id);
    expect(after).toMatchObject({ orderStatus: "pending_payment", paidAt: null, paidEvents: 0 });
    expect(after.payment.status).toBe("failed");
    expect(after.payment.failureMessage).toMatch(/needs review/);
  });

  it("a declined card fails the payment, keeps the order pending, and a later good card pays it", async () => {
    const { order, payment } = await orderAwaitingPayment();
    const declined = signed({ reference: payment.providerReference, type: "payment.failed", failureMessage: DECLINED_MESSAGE });
    expect((await deliver(declined)).json.outcome).toBe("failed");
    const after = await snapshot(order.id, payment.id);
    expect(after.orderStatus).toBe("pending_payment");
    expect(after.payment).toMatchObject({ status: "failed", failureMessage: DECLINED_MESSAGE });
    expect((await deliver(signed({ reference: payment.providerReference }))).json.outcome).toBe("paid");
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "paid", paidEvents: 1 });
  });

  it("a payment for an order cancelled meanwhile leaves the order cancelled", async () => {
    const { order, payment } = await orderAwaitingPayment();
    await db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, order.id));
    expect((await deliver(signed({ reference: payment.providerReference }))).json.outcome).toBe("order-not-pending");
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "cancelled", paidEvents: 0 });
  });

  it("acknowledges events it does not act on, and rejects bodies that are not events", async () => {
    expect((await deliver(signed({ reference: "tg_nobody" }))).json).toEqual({ received: true, outcome: "unknown-payment" });
    expect((await deliver(signed({ reference: "tg_nobody", type: "payment.refunded" }))).json.outcome).toBe("ignored");
    const notJson = "not json";
    expect(await deliver({ body: notJson, signature: signWebhook(notJson, testGatewaySecret(), new Date()) })).toEqual({
      status: 400,
      json: { error: "body is not JSON" },
    });
  });
});
