import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { payments } from "@/db/schema";
import { splitOverPayments } from "@/lib/refunds/amounts";
import { PROVIDER_IDS, RefundFailed, type PaymentProvider, type ProviderId } from "../provider";
import { getProvider } from "../providers";

/** Finds the provider a payment was made with; tests pass their own (a Stripe client that never goes online, one that fails). */
export type ProviderResolver = (id: ProviderId) => PaymentProvider | null;

const isProviderId = (id: string): id is ProviderId => (PROVIDER_IDS as readonly string[]).includes(id);

export type PaymentRefundResult = {
  /** how many payments the provider was asked to refund (0 when nothing was ever captured) */
  count: number;
  /** what the providers answered, joined (null when nothing was sent) */
  reference: string | null;
  provider: string | null;
};

/**
 * Gives `amount` back through the providers of the order's captured payments,
 * inside the caller's transaction (which holds the order's lock): oldest payment
 * first, each at most what is left of it after the order's earlier refunds
 * (`refundedBefore`). A payment given back in full is marked refunded. Throws
 * RefundFailed when a provider refuses or is not configured: the caller's
 * transaction then rolls back. `idempotencyKey` (the refund's id) makes a retry of
 * the same refund harmless at the provider.
 */
export async function refundPayments(
  tx: Tx,
  orderId: string,
  { amount, refundedBefore, idempotencyKey }: { amount: number; refundedBefore: number; idempotencyKey: string },
  resolve: ProviderResolver = getProvider,
): Promise<PaymentRefundResult> {
  const captured = await tx
    .select()
    .from(payments)
    // Refunded ones too: earlier refunds filled them first, in this same order.
    .where(and(eq(payments.orderId, orderId), inArray(payments.status, ["succeeded", "refunded"])))
    .orderBy(asc(payments.createdAt), asc(payments.id))
    .for("update");
  const references: string[] = [];
  const shares = splitOverPayments(captured, amount, refundedBefore);
  for (const [i, { payment, amount: share, fullyRefunded }] of shares.entries()) {
    const provider = isProviderId(payment.provider) ? resolve(payment.provider) : null;
    if (!provider)
      throw new RefundFailed(`The payment provider "${payment.provider}" is not enabled, so this payment cannot be refunded from here.`);
    const key = shares.length > 1 ? `${idempotencyKey}-${i + 1}` : idempotencyKey;
    const { refundReference } = await provider.refund({
      id: payment.id,
      reference: payment.providerReference,
      amount: share,
      currency: payment.currency,
      idempotencyKey: key,
    });
    references.push(refundReference);
    if (fullyRefunded) await tx.update(payments).set({ status: "refunded", failureMessage: null }).where(eq(payments.id, payment.id));
  }
  return { count: shares.length, reference: references.join(" ") || null, provider: shares[0]?.payment.provider ?? null };
}
