import "server-only";
import { env, isProduction, type Env } from "@/lib/env";
import type { PaymentProvider, ProviderId } from "./provider";
import { stripeProvider } from "./stripe/provider";
import { testGatewayProvider } from "./test-gateway/provider";

/** What checkout says when no provider takes payments. */
export const PAYMENTS_NOT_CONFIGURED =
  "Payments are not configured on this shop yet, so orders cannot be placed. Please try again later or contact us.";

/**
 * PAYMENT_PROVIDER, else Stripe when its secret key is set, else the built-in
 * test gateway — but only outside production: it takes payments for free, so a
 * production server uses it only when PAYMENT_PROVIDER=test says so on purpose.
 * Null: no provider is configured.
 */
export function activeProviderId(): ProviderId | null {
  return chooseProvider(env(), isProduction());
}

/** The rule of activeProviderId, for a given environment. */
export function chooseProvider(e: Pick<Env, "PAYMENT_PROVIDER" | "STRIPE_SECRET_KEY">, production: boolean): ProviderId | null {
  if (e.PAYMENT_PROVIDER) return e.PAYMENT_PROVIDER;
  if (e.STRIPE_SECRET_KEY) return "stripe";
  return production ? null : "test";
}

/**
 * A provider by id, or null when it is not configured. The test gateway takes
 * payments for free, so it only exists while it is the active provider.
 */
export function getProvider(id: ProviderId): PaymentProvider | null {
  if (id === "stripe") return stripeProvider();
  return activeProviderId() === "test" ? testGatewayProvider : null;
}

/** The provider new payments go to; throws when there is none (see activeProviderId). */
export function activeProvider(): PaymentProvider {
  const id = activeProviderId();
  const provider = id ? getProvider(id) : null;
  if (!provider) throw new Error(PAYMENTS_NOT_CONFIGURED);
  return provider;
}
