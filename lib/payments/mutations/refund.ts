import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { payments } from "@/db/schema";
import { PROVIDER_IDS, RefundFailed, type PaymentProvider, type ProviderId } from "../provider";
import { getProvider } from "../providers";

/** Finds the provider a payment was made with; tests pass their own (a Stripe client that never goes online, one that fails). */
export type ProviderResolver = (id: ProviderId) => PaymentProvider | null;

const isProviderId = (id: string): id is ProviderId => (PROVIDER_IDS as readonly string[]).includes(id);

/**
 * Refunds every succeeded payment of an order through its provider and marks it
 * refunded, inside the caller's transaction (which holds the order's lock). Throws
 * RefundFailed when a provider refuses or is not configured: the caller's
 * transaction then rolls back, so nothing about the order changes. Provider calls
 * are idempotent per payment, so a retry after a failed commit cannot refund twice.
 * Returns how many payments were refunded (0 when nothing was ever captured).
 */
export async function refundOrderPayments(tx: Tx, orderId: string, resolve: ProviderResolver = getProvider): Promise<number> {
  const captured = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), eq(payments.status, "succeeded")))
    .for("update");
  for (const payment of captured) {
    const provider = isProviderId(payment.provider) ? resolve(payment.provider) : null;
    if (!provider)
      throw new RefundFailed(`The payment provider "${payment.provider}" is not enabled, so this payment cannot be refunded from here.`);
    await provider.refund({ id: payment.id, reference: payment.providerReference, amount: payment.amount, currency: payment.currency });
    await tx.update(payments).set({ status: "refunded", failureMessage: null }).where(eq(payments.id, payment.id));
  }
  return captured.length;
}
