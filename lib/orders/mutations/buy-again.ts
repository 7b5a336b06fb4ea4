import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, orders } from "@/db/schema";
import { addItem, CartError, getOrCreateUserCart } from "@/lib/cart/mutations";
import type { BuyAgainLine, BuyAgainOutcome } from "../buy-again-notice";

/**
 * Puts an old order's lines back in the shopper's cart, each as addItem does it:
 * only active products, clamped to today's stock; the cart prices them from the
 * catalog, never from the old order. Null when the order is not this shopper's.
 */
export async function buyAgain(userId: string, number: string): Promise<BuyAgainLine[] | null> {
  const [order] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.number, number), eq(orders.userId, userId)))
    .limit(1);
  if (!order) return null;
  const lines = await db
    .select({ lineId: orderLines.id, title: orderLines.productTitle, variantId: orderLines.variantId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.id));
  const cartId = await getOrCreateUserCart(userId);
  const result: BuyAgainLine[] = [];
  for (const line of lines) {
    result.push({ lineId: line.lineId, title: line.title, outcome: await addLine(cartId, line.variantId, line.quantity) });
  }
  return result;
}

async function addLine(cartId: string, variantId: number | null, quantity: number): Promise<BuyAgainOutcome> {
  // The variant was deleted since the order: its line kept the title, but nothing can be sold.
  if (variantId === null) return "unavailable";
  try {
    const added = await addItem(cartId, variantId, quantity);
    return added.clamped || added.quantity < added.requested ? "clamped" : "added";
  } catch (error) {
    if (error instanceof CartError && (error.code === "unavailable" || error.code === "out-of-stock")) return error.code;
    throw error;
  }
}
