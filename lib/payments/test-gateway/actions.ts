"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { env } from "@/lib/env";
import type { ActionState } from "@/lib/forms/action-state";
import { checkTestCard, DECLINED_MESSAGE } from "./card";
import { deliverTestEvent } from "./deliver";
import { webhookOrigin } from "./origin";
import { payability } from "./payability";
import { getTestPaymentForCurrentViewer, type OwnedTestPayment } from "./queries";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { PAYMENT_ERRORS } from "../messages";

const NO_PAYMENT: ActionState = { error: "This payment does not exist." };
const WRONG_METHOD = "This payment is made with another payment method: go back to the order and pay again.";

/**
 * Plays the gateway's side once the shopper has paid (or the card was declined):
 * tells the shop through the signed webhook, exactly as an outside gateway would,
 * then sends the shopper to the order. It never marks anything paid itself. The
 * webhook goes to SITE_URL, never to an origin taken from the request (a forged
 * Host header must not make the server call another address).
 */
async function settle(payment: OwnedTestPayment, declined: boolean): Promise<ActionState> {
  const delivery = await deliverTestEvent(webhookOrigin(env().SITE_URL), {
    eventId: randomUUID(),
    type: declined ? "payment.failed" : "payment.succeeded",
    reference: payment.reference,
    amount: payment.amount,
    currency: payment.currency,
    ...(declined ? { failureMessage: DECLINED_MESSAGE } : {}),
  });
  if (!delivery.ok) {
    console.error(`[test-gateway] webhook delivery for payment ${payment.id} failed: ${delivery.error}`);
    return { error: `The shop did not confirm the payment (${delivery.error}). Nothing was charged; please try again.` };
  }
  if (declined) return { error: DECLINED_MESSAGE };
  if (delivery.outcome === "order-not-pending") {
    return { error: "This order can no longer be paid (it was cancelled or its time ran out)." };
  }
  if (delivery.outcome !== "paid" && delivery.outcome !== "already-succeeded" && delivery.outcome !== "duplicate") {
    return { error: `The shop could not accept this payment. Please contact us about order ${payment.orderNumber}.` };
  }
  redirect(await localized(`/orders/${encodeURIComponent(payment.orderNumber)}`));
}
// The payment id is bound by the page (`bind: "paymentId"`); the card number is typed.
const formSchema = z.object({ paymentId: z.string().max(100), cardNumber: z.string().max(64).default("") });

/** The test gateway's card page "Pay" button: decides the card's fate, then settles. Card numbers are never sent back to the form. */
export const payTestPaymentAction = withKnownMessages(
  publicAction(
    {
      schema: formSchema,
      bind: "paymentId",
      invalid: (failure): ActionState =>
        failure.fieldErrors?.paymentId
          ? NO_PAYMENT
          : { error: "Please check the card number.", fieldErrors: { cardNumber: "Enter a card number." } },
    },
    async ({ paymentId, cardNumber }): Promise<ActionState> => {
      // Only the order's owner (account, or the guest browser that placed it) may pay; to anyone else it does not exist.
      const payment = await getTestPaymentForCurrentViewer(paymentId);
      if (!payment) return NO_PAYMENT;
      if (payment.method !== "card") return { error: WRONG_METHOD };
      const status = payability(payment, new Date());
      if (!status.open) return { error: status.message };

      const card = checkTestCard(cardNumber);
      if ("error" in card) return { error: "Please check the card number.", fieldErrors: { cardNumber: card.error } };

      return settle(payment, card.outcome === "declined");
    },
  ),
  PAYMENT_ERRORS,
);

/** The test wallet's "Confirm payment" button: no card, the shopper only confirms, and the payment succeeds. */
export const confirmTestWalletAction = withKnownMessages(
  publicAction(
    { schema: z.object({ paymentId: z.string().max(100) }), bind: "paymentId", invalid: (): ActionState => NO_PAYMENT },
    async ({ paymentId }): Promise<ActionState> => {
      const payment = await getTestPaymentForCurrentViewer(paymentId);
      if (!payment) return NO_PAYMENT;
      if (payment.method !== "wallet") return { error: WRONG_METHOD };
      const status = payability(payment, new Date());
      if (!status.open) return { error: status.message };
      return settle(payment, false);
    },
  ),
  PAYMENT_ERRORS,
);
