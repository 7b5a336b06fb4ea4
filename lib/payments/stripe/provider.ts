import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { RefundFailed, WebhookRejected, type PaymentProvider } from "../provider";
import type { PaymentMethod } from "../methods";
import { fromStripeEvent } from "./event";
import { sessionExpiresAt } from "./expiry";

export type StripeConfig = {
  secretKey: string;
  webhookSecret?: string;
  siteUrl: string;
  /** Where API calls go; tests pass a fake so nothing leaves the machine. */
  httpClient?: ReturnType<typeof Stripe.createFetchHttpClient>;
};

/** The Stripe Checkout type of our method: Stripe offers cards (lib/payments/methods.ts). */
function stripeMethodType(method: PaymentMethod): Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType {
  if (method.provider === "stripe" && method.id === "card") return "card";
  throw new Error(`Stripe does not offer the payment method "${method.provider}/${method.id}"`);
}

/** Stripe Checkout: the shopper pays on Stripe's page; `checkout.session.*` webhooks settle the order. */
export function createStripeProvider(config: StripeConfig): PaymentProvider {
  const stripe = new Stripe(config.secretKey, config.httpClient ? { httpClient: config.httpClient, maxNetworkRetries: 0 } : {});
  return {
    id: "stripe",
    async createSession(payment, order, method) {
      const orderUrl = `${config.siteUrl.replace(/\/$/, "")}/orders/${encodeURIComponent(order.number)}`;
      const metadata = { orderId: order.id, orderNumber: order.number, paymentId: payment.id };
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          // Stripe's hosted Checkout shows only the method the shopper chose at the shop.
          allowed_payment_method_types: [stripeMethodType(method)],
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: payment.currency.toLowerCase(),
                unit_amount: payment.amount,
                product_data: { name: `Order ${order.number}` },
              },
            },
          ],
          client_reference_id: order.id,
          customer_email: order.email,
          metadata,
          payment_intent_data: { metadata },
          success_url: orderUrl,
          cancel_url: orderUrl,
          expires_at: sessionExpiresAt(order.paymentDueAt, new Date()),
        },
        { idempotencyKey: `mercato-payment-${payment.id}` },
      );
      if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
      return { reference: session.id, redirectUrl: session.url };
    },
    verifyWebhook(rawBody, headers, now) {
      if (!config.webhookSecret) throw new WebhookRejected("Stripe webhooks are not configured", 400);
      const header = headers.get("stripe-signature");
      if (!header) throw new WebhookRejected("missing signature", 400);
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, header, config.webhookSecret, undefined, undefined, now.getTime());
      } catch (e) {
        const message = e instanceof Error ? e.message : "";
        throw new WebhookRejected(/tolerance/i.test(message) ? "stale timestamp" : "signature mismatch", 400);
      }
      return fromStripeEvent(event);
    },
    async refund(payment) {
      try {
        const session = await stripe.checkout.sessions.retrieve(payment.reference);
        const intent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
        if (!intent)
          throw new RefundFailed(`Stripe has no payment for Checkout Session ${payment.reference}, so there is nothing to refund.`);
        const refund = await stripe.refunds.create(
          { payment_intent: intent, amount: payment.amount, metadata: { paymentId: payment.id, refundId: payment.idempotencyKey } },
          { idempotencyKey: `mercato-refund-${payment.idempotencyKey}` },
        );
        if (refund.status === "failed" || refund.status === "canceled")
          throw new RefundFailed(`Stripe did not make the refund (${refund.status}).`);
        return { refundReference: refund.id };
      } catch (e) {
        if (e instanceof RefundFailed) throw e;
        // Refunded already (e.g. from Stripe's dashboard): the money is back, so the shop may record it.
        if (e instanceof Stripe.errors.StripeError && e.code === "charge_already_refunded") return { refundReference: "already-refunded" };
        const message = e instanceof Error ? e.message : String(e);
        throw new RefundFailed(`Stripe refused the refund: ${message}`);
      }
    },
  };
}

let cached: PaymentProvider | undefined;

/** The Stripe provider configured from the environment, or null when STRIPE_SECRET_KEY is unset. */
export function stripeProvider(): PaymentProvider | null {
  const e = env();
  if (!e.STRIPE_SECRET_KEY) return null;
  cached ??= createStripeProvider({ secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, siteUrl: e.SITE_URL });
  return cached;
}
