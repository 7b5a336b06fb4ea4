import type { OrderStatus, PaymentStatus } from "@/db/schema";

export type TestPayment = {
  id: string;
  reference: string;
  /** the method it is paid by (lib/payments/methods.ts): each has its own page */
  method: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  orderNumber: string;
  orderStatus: OrderStatus;
  paymentDueAt: Date;
};

export type Payability = { open: true } | { open: false; paid: boolean; message: string };

/**
 * Whether the shopper may still pay: the order waits for payment, its time has
 * not run out, and this attempt has not succeeded (a declined one may be retried).
 */
export function payability(p: TestPayment, now: Date): Payability {
  if (p.status === "succeeded" || p.status === "refunded" || p.orderStatus !== "pending_payment") {
    const paid = p.status === "succeeded" || p.orderStatus === "paid";
    if (paid) return { open: false, paid, message: "This order has already been paid." };
    if (p.orderStatus === "cancelled") return { open: false, paid, message: "This order was cancelled, so it can no longer be paid." };
    return { open: false, paid, message: "This order is no longer waiting for payment." };
  }
  if (p.paymentDueAt.getTime() <= now.getTime()) {
    return { open: false, paid: false, message: "The time to pay for this order has run out." };
  }
  return { open: true };
}
