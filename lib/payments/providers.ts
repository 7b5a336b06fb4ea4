import "server-only";
import { env } from "@/lib/env";
import type { PaymentProvider, ProviderId } from "./provider";
import { stripeProvider } from "./stripe/provider";
import { testGatewayProvider } from "./test-gateway/provider";

/** PAYMENT_PROVIDER, else Stripe when its secret key is set, else the built-in test gateway. */
export function activeProviderId(): ProviderId {
  const e = env();
  return e.PAYMENT_PROVIDER ?? (e.STRIPE_SECRET_KEY ? "stripe" : "test");
}

/**
 * A provider by id, or null when it is not configured. The test gateway takes
 * payments for free, so it only exists while it is the active provider.
 */
export function getProvider(id: ProviderId): PaymentProvider | null {
  if (id === "stripe") return stripeProvider();
  return activeProviderId() === "test" ? testGatewayProvider : null;
}

/** The provider new payments go to; throws when PAYMENT_PROVIDER names one that is not configured. */
export function activeProvider(): PaymentProvider {
  const id = activeProviderId();
  const provider = getProvider(id);
  if (!provider) throw new Error(`PAYMENT_PROVIDER is "${id}" but STRIPE_SECRET_KEY is not set`);
  return provider;
}
