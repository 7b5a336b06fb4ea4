import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { orders, payments } from "@/db/schema";
import type { TestPayment } from "./payability";

/** A test gateway payment with its order, or null when the id is unknown or not a test payment. */
export async function getTestPayment(paymentId: string): Promise<TestPayment | null> {
  if (!z.uuid().safeParse(paymentId).success) return null;
  const [row] = await db
    .select({
      id: payments.id,
      reference: payments.providerReference,
      status: payments.status,
      amount: payments.amount,
      currency: payments.currency,
      orderNumber: orders.number,
      orderStatus: orders.status,
      paymentDueAt: orders.paymentDueAt,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.id, paymentId), eq(payments.provider, "test")));
  return row ?? null;
}
