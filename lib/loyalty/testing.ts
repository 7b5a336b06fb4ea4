// Helpers for integration tests of loyalty (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { payments, users } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { markOrderPaid } from "@/lib/orders/mutations/payment";
import { checkoutInput, createTestCart, createTestVariant } from "@/lib/orders/testing";

/** A fresh shopper, with a proven e-mail unless `verified` is false. */
export async function createShopper({ verified = true } = {}): Promise<{ id: string; email: string }> {
  const email = `points-${randomUUID()}@example.com`;
  const [row] = await db
    .insert(users)
    .values({ email, name: "Points Shopper", emailVerifiedAt: verified ? new Date() : null })
    .returning({ id: users.id });
  return { id: row!.id, email };
}

/** An order placed by `userId` (quantity × price) and awaiting payment. */
export async function placeTestOrder(userId: string | null, opts: { price?: number; quantity?: number } = {}) {
  const { variantId } = await createTestVariant({ price: opts.price ?? 2000, stock: 50 });
  // A cart of its own (a user has one cart), checked out by the user.
  const cartId = await createTestCart([{ variantId, quantity: opts.quantity ?? 1 }]);
  const placed = await placeOrder(checkoutInput({ email: `buyer-${randomUUID()}@example.com` }), { cartId, userId });
  if (!placed.ok) throw new Error(placed.error);
  return placed.order;
}

/** Pays an order as the test gateway's webhook would (in `tx` when given, so a test can roll it back). */
export async function payTestOrder(order: { id: string; total: number; currency: string }, tx?: Tx) {
  const reference = `tg_${order.id}`;
  await db
    .insert(payments)
    .values({
      orderId: order.id,
      provider: "test",
      providerReference: reference,
      amount: order.total,
      currency: order.currency,
      status: "succeeded",
    })
    .onConflictDoNothing();
  const pay = (t: Tx) =>
    markOrderPaid(t, { orderId: order.id, provider: "test", reference, amount: order.total, currency: order.currency });
  return tx ? pay(tx) : db.transaction(pay);
}

export async function balanceOf(userId: string): Promise<number> {
  const [row] = await db.select({ points: users.loyaltyPoints }).from(users).where(eq(users.id, userId));
  return row!.points;
}
