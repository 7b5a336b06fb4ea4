import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { orders, payments } from "@/db/schema";
import { findEnabledMethod, type PaymentMethod } from "../methods";
import { activeProvider, activeProviderId, PAYMENTS_NOT_CONFIGURED } from "../providers";
import { listEnabledPaymentMethods } from "../settings";
import { testPaymentPath } from "../test-gateway/provider";

export const METHOD_NOT_OFFERED = "This payment method is not available. Choose another one.";

/** The order cannot take a payment (no longer pending, or its time to pay ran out); the message is for the shopper. */
export class PaymentNotPossible extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaymentNotPossible";
  }
}

type OrderToPay = { id: string; number: string; total: number; currency: string; email: string };

/**
 * The method a payment is opened with: the one the shopper chose, which the store must
 * still offer; with no choice (Pay now), the order's last method while offered, else the first offered.
 */
async function methodFor(orderId: string, chosen: string | undefined): Promise<PaymentMethod> {
  const enabled = await listEnabledPaymentMethods();
  if (chosen !== undefined) {
    const method = findEnabledMethod(enabled, chosen);
    if (!method) throw new PaymentNotPossible(METHOD_NOT_OFFERED);
    return method;
  }
  const [last] = await db
    .select({ method: payments.method })
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  const method = (last && findEnabledMethod(enabled, last.method)) ?? enabled[0];
  if (!method) throw new PaymentNotPossible(PAYMENTS_NOT_CONFIGURED);
  return method;
}

/**
 * Opens a payment for an order with the active provider, by the method the
 * shopper chose (`methodId`, checked again here against the store's enabled
 * methods), and says where to send the shopper: that method's hosted page. The
 * amount is the order's total as stored, whatever the caller passes. An open test
 * gateway payment for the same amount and method is reused, so "Pay now" twice leads to one page.
 */
export async function startPayment(order: OrderToPay, methodId?: string): Promise<{ redirectUrl: string }> {
  const [row] = await db
    .select({
      id: orders.id,
      number: orders.number,
      email: orders.email,
      status: orders.status,
      total: orders.total,
      currency: orders.currency,
      paymentDueAt: orders.paymentDueAt,
    })
    .from(orders)
    .where(eq(orders.id, order.id));
  if (!row) throw new Error(`startPayment: order ${order.id} does not exist`);
  if (row.status !== "pending_payment") throw new PaymentNotPossible("This order is not waiting for payment.");
  if (row.paymentDueAt.getTime() <= Date.now()) throw new PaymentNotPossible("The time to pay for this order has run out.");

  if (!activeProviderId()) throw new PaymentNotPossible(PAYMENTS_NOT_CONFIGURED);
  const provider = activeProvider();
  const method = await methodFor(row.id, methodId);
  if (provider.id === "test") {
    const [open] = await db
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.orderId, row.id),
          eq(payments.provider, "test"),
          eq(payments.method, method.id),
          inArray(payments.status, ["pending", "failed"]),
          eq(payments.amount, row.total),
          eq(payments.currency, row.currency),
        ),
      )
      .orderBy(desc(payments.createdAt))
      .limit(1);
    if (open) return { redirectUrl: testPaymentPath(open.id, method.id) };
  }

  const payment = { id: randomUUID(), amount: row.total, currency: row.currency };
  const session = await provider.createSession(payment, row, method);
  await db.insert(payments).values({
    ...payment,
    orderId: row.id,
    provider: provider.id,
    method: method.id,
    providerReference: session.reference,
  });
  return { redirectUrl: session.redirectUrl };
}
