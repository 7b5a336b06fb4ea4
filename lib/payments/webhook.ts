import "server-only";
import { db } from "@/db";
import { raiseThrottledAlert } from "@/lib/alerts/raise";
import { metrics } from "@/lib/observability/metrics";
import { handlePaymentEvent } from "./mutations/handle-event";
import { WebhookRejected, type ProviderId, type VerifiedEvent } from "./provider";
import { getProvider } from "./providers";

const MAX_BODY_BYTES = 1_000_000;

const reject = (error: string, status: number) => Response.json({ error }, { status });

/** Counts a delivery that was refused or whose handling threw (mercato_payment_webhook_failures_total). */
const countFailure = (provider: ProviderId, reason: "too_large" | "refused" | "error") =>
  metrics().webhookFailures.inc({ provider, reason });

/**
 * Tells staff a webhook delivery failed (refused, or its handling threw), or a
 * payment failed: at most one such alert a minute, since anyone can post forged
 * deliveries. Never throws: the answer to the provider must not depend on it.
 */
async function alertPaymentFailure(providerId: ProviderId, title: string, body: string): Promise<void> {
  try {
    await raiseThrottledAlert(db, { kind: "payment_failed", title, body, href: "/admin/orders?status=pending_payment" });
  } catch (e) {
    console.error("[payments] could not raise the payment alert", e);
  }
}

/**
 * A provider's webhook delivery, end to end: read the raw body (signatures are
 * over the exact bytes), verify, apply once. 200 also for events we ignore or
 * have seen, so the provider stops retrying; 400/401 for anything unverified.
 */
export async function receiveWebhook(providerId: ProviderId, request: Request): Promise<Response> {
  const provider = getProvider(providerId);
  if (!provider) return reject("This payment provider is not enabled.", 404);
  const tooLarge = () => {
    countFailure(providerId, "too_large");
    return reject("body too large", 413);
  };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const rawBody = await request.text();
  if (rawBody.length > MAX_BODY_BYTES) return tooLarge();

  let event: VerifiedEvent;
  try {
    event = provider.verifyWebhook(rawBody, request.headers, new Date());
  } catch (e) {
    if (e instanceof WebhookRejected) {
      countFailure(providerId, "refused");
      await alertPaymentFailure(
        providerId,
        `A ${providerId} payment webhook was refused`,
        `${e.reason} (HTTP ${e.status}). One refused delivery is normal noise; many may mean a wrong webhook secret or forged requests. Further refusals within the same minute raise no new alert.`,
      );
      return reject(e.reason, e.status);
    }
    countFailure(providerId, "error");
    throw e;
  }
  let outcome: Awaited<ReturnType<typeof handlePaymentEvent>>;
  try {
    outcome = await handlePaymentEvent(providerId, event);
  } catch (e) {
    countFailure(providerId, "error");
    await alertPaymentFailure(
      providerId,
      `A ${providerId} payment webhook could not be handled`,
      `Event ${event.eventId} (${event.type}) failed: ${e instanceof Error ? e.message : String(e)}. The provider retries it; see the server log.`,
    );
    throw e;
  }
  if (outcome === "failed") {
    await alertPaymentFailure(
      providerId,
      `A ${providerId} payment failed`,
      `${event.failureMessage ?? "The payment failed."} The order stays unpaid so the shopper can try again.`,
    );
  }
  return Response.json({ received: true, outcome });
}
