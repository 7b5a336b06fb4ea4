// Helpers for integration tests of refunds and returns (real PostgreSQL); not used by the app.
import { db } from "@/db";
import { payments } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { markOrderPaid } from "@/lib/orders/mutations/payment";
import { checkoutInput, createTestCart, createTestVariant } from "@/lib/orders/testing";
import type { PaymentProvider, RefundPayment } from "@/lib/payments/provider";

/** A paid order (test gateway) of these lines, each a fresh variant at this price. */
export async function paidOrderOf(lines: { price: number; quantity: number }[], { userId = null }: { userId?: string | null } = {}) {
  const variants = [];
  for (const l of lines) variants.push(await createTestVariant({ price: l.price, stock: 20 }));
  const cartId = await createTestCart(
    variants.map((v, i) => ({ variantId: v.variantId, quantity: lines[i]!.quantity })),
    userId,
  );
  const placed = await placeOrder(checkoutInput({ email: "after-sales@example.com" }), { cartId, userId });
  if (!placed.ok) throw new Error(placed.error);
  const o = placed.order;
  const reference = `tg_${o.id}`;
  await db
    .insert(payments)
    .values({ orderId: o.id, provider: "test", providerReference: reference, amount: o.total, currency: o.currency, status: "succeeded" });
  await db.transaction((tx) => markOrderPaid(tx, { orderId: o.id, provider: "test", reference, amount: o.total, currency: o.currency }));
  return { order: o, variantIds: variants.map((v) => v.variantId) };
}

/** A test-gateway provider that remembers what it was asked to refund. */
export function recordingProvider() {
  const calls: RefundPayment[] = [];
  const provider: PaymentProvider = {
    id: "test",
    createSession: async () => ({ reference: "tg_x", redirectUrl: "/" }),
    verifyWebhook: () => {
      throw new Error("not used");
    },
    async refund(payment) {
      calls.push(payment);
      return { refundReference: `tg_refund_${payment.idempotencyKey}` };
    },
  };
  return { calls, resolve: () => provider };
}
