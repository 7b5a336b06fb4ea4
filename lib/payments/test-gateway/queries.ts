import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { orders, payments } from "@/db/schema";
import { getProvider } from "../providers";
import type { TestPayment } from "./payability";

/** A test gateway payment with its order; null when the id is unknown, not a test payment, or the gateway is off. */
export async function getTestPayment(paymentId: string): Promise<TestPayment | null> {
  if (!getProvider("test") || !z.uuid().safeParse(paymentId).success) return null;
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
