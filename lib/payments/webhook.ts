import "server-only";
import { handlePaymentEvent } from "./mutations/handle-event";
import { WebhookRejected, type ProviderId, type VerifiedEvent } from "./provider";
import { getProvider } from "./providers";

const MAX_BODY_BYTES = 1_000_000;

const reject = (error: string, status: number) => Response.json({ error }, { status });

/**
 * A provider's webhook delivery, end to end: read the raw body (signatures are
 * over the exact bytes), verify, apply once. 200 also for events we ignore or
 * have seen, so the provider stops retrying; 400/401 for anything unverified.
 */
export async function receiveWebhook(providerId: ProviderId, request: Request): Promise<Response> {
  const provider = getProvider(providerId);
  if (!provider) return reject("This payment provider is not enabled.", 404);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return reject("body too large", 413);
  const rawBody = await request.text();
  if (rawBody.length > MAX_BODY_BYTES) return reject("body too large", 413);

  let event: VerifiedEvent;
  try {
    event = provider.verifyWebhook(rawBody, request.headers, new Date());
  } catch (e) {
    if (e instanceof WebhookRejected) return reject(e.reason, e.status);
    throw e;
  }
  const outcome = await handlePaymentEvent(providerId, event);
  return Response.json({ received: true, outcome });
}
