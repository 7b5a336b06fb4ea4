import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { payments } from "@/db/schema";
import { handlePaymentEvent } from "../mutations/handle-event";
import { WebhookRejected, type VerifiedEvent } from "../provider";
import { createPendingOrder, snapshot } from "../testing";
import { createStripeProvider } from "./provider";

const webhookSecret = "whsec_test_secret_for_offline_tests";
const provider = createStripeProvider({ secretKey: "sk_test_offline", webhookSecret, siteUrl: "https://shop.example.com" });
const stripe = new Stripe("sk_test_offline");

/** A pending order with a Stripe payment whose Checkout Session is `cs_test_…`. */
async function orderWithSession(total = 4599) {
  const order = await createPendingOrder({ total });
  const sessionId = `cs_test_${randomUUID().replaceAll("-", "")}`;
  const [payment] = await db
    .insert(payments)
    .values({ orderId: order.id, provider: "stripe", providerReference: sessionId, amount: total, currency: "USD" })
    .returning();
  return { order, payment: payment!, sessionId };
}

function stripeEvent(type: string, session: Record<string, unknown>): string {
  return JSON.stringify({
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object: { object: "checkout.session", ...session } },
  });
}

function signedHeaders(payload: string, opts: { secret?: string; timestamp?: number } = {}): Headers {
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? webhookSecret, timestamp: opts.timestamp });
  return new Headers({ "stripe-signature": signature });
}

function verify(payload: string, headers: Headers): VerifiedEvent {
  return provider.verifyWebhook(payload, headers, new Date());
}

function rejection(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof WebhookRejected) return e.reason;
    throw e;
  }
  return "accepted";
}

describe("Stripe webhooks, verified offline with signatures made by the Stripe library", () => {
  it("a signed checkout.session.completed (paid) pays the order, once even when delivered twice", async () => {
    const { order, payment, sessionId } = await orderWithSession();
    const payload = stripeEvent("checkout.session.completed", {
      id: sessionId,
      payment_status: "paid",
      amount_total: 4599,
      currency: "usd",
    });
    const event = verify(payload, signedHeaders(payload));
    expect(event).toMatchObject({ type: "payment.succeeded", reference: sessionId, amount: 4599, currency: "USD" });
    expect(await handlePaymentEvent("stripe", event)).toBe("paid");
    expect(await handlePaymentEvent("stripe", verify(payload, signedHeaders(payload)))).toBe("duplicate");
    const after = await snapshot(order.id, payment.id);
    expect(after).toMatchObject({ orderStatus: "paid", paidEvents: 1, handledEvents: 1 });
    expect(after.payment.status).toBe("succeeded");
  });

  it("rejects a bad signature, a missing one and a stale one", async () => {
    const { order, payment, sessionId } = await orderWithSession();
    const payload = stripeEvent("checkout.session.completed", {
      id: sessionId,
      payment_status: "paid",
      amount_total: 4599,
      currency: "usd",
    });
    expect(rejection(() => verify(payload, signedHeaders(payload, { secret: "whsec_someone_else" })))).toBe("signature mismatch");
    expect(rejection(() => verify(payload.replace("4599", "1"), signedHeaders(payload)))).toBe("signature mismatch");
    expect(rejection(() => verify(payload, new Headers()))).toBe("missing signature");
    const old = Math.floor(Date.now() / 1000) - 301;
    expect(rejection(() => verify(payload, signedHeaders(payload, { timestamp: old })))).toBe("stale timestamp");
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "pending_payment", paidEvents: 0, handledEvents: 0 });
  });

  it("does not pay when Stripe reports another amount", async () => {
    const { order, payment, sessionId } = await orderWithSession(4599);
    const payload = stripeEvent("checkout.session.completed", { id: sessionId, payment_status: "paid", amount_total: 99, currency: "usd" });
    expect(await handlePaymentEvent("stripe", verify(payload, signedHeaders(payload)))).toBe("amount-mismatch");
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "pending_payment", paidEvents: 0 });
  });

  it("an expired or failed session fails the payment and leaves the order pending", async () => {
    const { order, payment, sessionId } = await orderWithSession();
    const payload = stripeEvent("checkout.session.expired", {
      id: sessionId,
      payment_status: "unpaid",
      amount_total: 4599,
      currency: "usd",
    });
    expect(await handlePaymentEvent("stripe", verify(payload, signedHeaders(payload)))).toBe("failed");
    const after = await snapshot(order.id, payment.id);
    expect(after.orderStatus).toBe("pending_payment");
    expect(after.payment).toMatchObject({ status: "failed", failureMessage: "The payment session expired before it was paid." });
    const failed = stripeEvent("checkout.session.async_payment_failed", {
      id: sessionId,
      payment_status: "unpaid",
      amount_total: 4599,
      currency: "usd",
    });
    expect(verify(failed, signedHeaders(failed)).type).toBe("payment.failed");
  });

  it("ignores other events and a completed session that is not paid yet", async () => {
    const { order, payment, sessionId } = await orderWithSession();
    const unpaid = stripeEvent("checkout.session.completed", {
      id: sessionId,
      payment_status: "unpaid",
      amount_total: 4599,
      currency: "usd",
    });
    expect(await handlePaymentEvent("stripe", verify(unpaid, signedHeaders(unpaid)))).toBe("ignored");
    const other = JSON.stringify({
      id: "evt_other_" + randomUUID(),
      object: "event",
      type: "customer.created",
      data: { object: { id: "cus_1" } },
    });
    expect(verify(other, signedHeaders(other))).toMatchObject({ type: "ignored" });
    expect(await snapshot(order.id, payment.id)).toMatchObject({ orderStatus: "pending_payment" });
  });
});

describe("Stripe Checkout Session", () => {
  it("asks for the order total in its currency, tied to the order, returning to the order page", async () => {
    const requests: { url: string; body: URLSearchParams; idempotencyKey: string | null }[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      requests.push({ url: String(input), body: new URLSearchParams(String(init?.body)), idempotencyKey: headers.get("idempotency-key") });
      const session = { id: "cs_test_created", object: "checkout.session", url: "https://checkout.stripe.com/c/pay/cs_test_created" };
      return new Response(JSON.stringify(session), { status: 200, headers: { "content-type": "application/json", "request-id": "req_1" } });
    };
    const offline = createStripeProvider({
      secretKey: "sk_test_offline",
      webhookSecret,
      siteUrl: "https://shop.example.com/",
      httpClient: Stripe.createFetchHttpClient(fakeFetch),
    });
    const due = new Date(Date.now() + 45 * 60_000);
    const session = await offline.createSession(
      { id: "pay-1", amount: 4599, currency: "EUR" },
      { id: "order-1", number: "MC-2026-000042", email: "a@example.com", paymentDueAt: due },
      { id: "card", provider: "stripe", nameKey: "card", icon: "card" },
    );
    expect(session).toEqual({ reference: "cs_test_created", redirectUrl: "https://checkout.stripe.com/c/pay/cs_test_created" });
    const [request] = requests;
    expect(request!.url).toBe("https://api.stripe.com/v1/checkout/sessions");
    expect(request!.idempotencyKey).toBe("mercato-payment-pay-1");
    const body = Object.fromEntries(request!.body);
    expect(body).toMatchObject({
      mode: "payment",
      "allowed_payment_method_types[0]": "card",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][price_data][unit_amount]": "4599",
      client_reference_id: "order-1",
      customer_email: "a@example.com",
      "metadata[orderId]": "order-1",
      "metadata[paymentId]": "pay-1",
      success_url: "https://shop.example.com/orders/MC-2026-000042",
      cancel_url: "https://shop.example.com/orders/MC-2026-000042",
      expires_at: String(Math.floor(due.getTime() / 1000)),
    });
  });
});
