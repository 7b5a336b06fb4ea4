import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { orders, payments } from "@/db/schema";
import { canChange } from "@/lib/orders/queries";
import { currentViewer } from "@/lib/orders/queries/viewer";
import { getProvider } from "../providers";
import type { TestPayment } from "./payability";

export type OwnedTestPayment = TestPayment & { orderId: string; orderUserId: string | null };

/** A test gateway payment with its order; null when the id is unknown, not a test payment, or the gateway is off. */
export async function getTestPayment(paymentId: string): Promise<OwnedTestPayment | null> {
  if (!getProvider("test") || !z.uuid().safeParse(paymentId).success) return null;
  const [row] = await db
    .select({
      id: payments.id,
      reference: payments.providerReference,
      method: payments.method,
      status: payments.status,
      amount: payments.amount,
      currency: payments.currency,
      orderId: orders.id,
      orderUserId: orders.userId,
      orderNumber: orders.number,
      orderStatus: orders.status,
      paymentDueAt: orders.paymentDueAt,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.id, paymentId), eq(payments.provider, "test")));
  return row ?? null;
}

/**
 * The payment when the current visitor may pay it: the account that owns the
 * order, or the guest browser that placed it (or opened its e-mail's link).
 * Anyone else, even knowing the payment's id, gets null (the page answers 404).
 */
export async function getTestPaymentForCurrentViewer(paymentId: string): Promise<OwnedTestPayment | null> {
  const payment = await getTestPayment(paymentId);
  if (!payment) return null;
  return canChange({ id: payment.orderId, userId: payment.orderUserId }, await currentViewer()) ? payment : null;
}
