import { receiveWebhook } from "@/lib/payments/webhook";

/** Stripe's checkout.session.* events, verified with STRIPE_WEBHOOK_SECRET. */
export function POST(request: Request) {
  return receiveWebhook("stripe", request);
}
