import "server-only";
import { randomBytes } from "node:crypto";
import type { MethodId } from "../methods";
import { WebhookRejected, type PaymentProvider, type VerifiedEvent } from "../provider";
import { testGatewayEventSchema } from "./event";
import { testGatewaySecret } from "./secret";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "./signature";

function toVerifiedEvent(rawBody: string): VerifiedEvent {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new WebhookRejected("body is not JSON", 400);
  }
  const parsed = testGatewayEventSchema.safeParse(json);
  if (!parsed.success) throw new WebhookRejected("body is not a test gateway event", 400);
  const e = parsed.data;
  const type = e.type === "payment.succeeded" || e.type === "payment.failed" ? e.type : "ignored";
  return {
    eventId: e.eventId,
    type,
    reference: e.reference,
    amount: e.amount,
    currency: e.currency,
    failureMessage: e.failureMessage,
    payload: e,
  };
}

/** Where the shopper pays a test gateway payment: the card form, or the wallet's page that only asks to confirm. */
export const testPaymentPath = (paymentId: string, method: MethodId = "card") =>
  method === "card" ? `/pay/test/${paymentId}` : `/pay/test/${paymentId}/${method}`;

/** The built-in test gateway: a hosted page per method at /pay/test/<paymentId>[/wallet] that signs its result with HMAC. */
export const testGatewayProvider: PaymentProvider = {
  id: "test",
  async createSession(payment, _order, method) {
    return { reference: `tg_${randomBytes(12).toString("hex")}`, redirectUrl: testPaymentPath(payment.id, method.id) };
  },
  verifyWebhook(rawBody, headers, now) {
    verifyWebhookSignature(rawBody, headers.get(SIGNATURE_HEADER), testGatewaySecret(), now);
    return toVerifiedEvent(rawBody);
  },
  // No money moved, so there is nothing to give back: the shop marks the payment refunded itself.
  async refund(payment) {
    return { refundReference: `tg_refund_${payment.idempotencyKey}` };
  },
};
