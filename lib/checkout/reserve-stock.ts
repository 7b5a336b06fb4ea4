import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { variants } from "@/db/schema";
import { purchasableQuantity } from "@/lib/preorders/rules";
import type { CheckoutLine } from "./cart-lines";
import { CheckoutRefusal } from "./refusal";

/**
 * Takes each line's quantity out of stock with a conditional UPDATE, so stock can
 * never go negative or be sold twice whatever runs concurrently. A line that stock
 * does not cover becomes a pre-order line when its variant is on pre-order and the
 * limit leaves room: another conditional UPDATE adds it to the backlog, so
 * concurrent checkouts never pass the limit. Locks variants in id order to avoid
 * deadlocks between carts holding the same variants. Returns each pre-order line's
 * ships-from date by variant id.
 */
export async function reserveStock(tx: Tx, lines: CheckoutLine[]): Promise<Map<number, string>> {
  const preorders = new Map<number, string>();
  for (const line of [...lines].sort((a, b) => a.variantId - b.variantId)) {
    const reserved = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${line.quantity}` })
      .where(and(eq(variants.id, line.variantId), sql`${variants.stock} >= ${line.quantity}`))
      .returning({ id: variants.id });
    if (reserved.length > 0) continue;
    const [preordered] = await tx
      .update(variants)
      .set({ preorderBacklog: sql`${variants.preorderBacklog} + ${line.quantity}` })
      .where(
        and(
          eq(variants.id, line.variantId),
          sql`${variants.preorderCap} is not null and ${variants.preorderBacklog} + ${line.quantity} <= ${variants.preorderCap}`,
        ),
      )
      .returning({ shipsOn: variants.preorderShipsOn });
    if (preordered?.shipsOn) {
      preorders.set(line.variantId, preordered.shipsOn);
      continue;
    }
    const [now] = await tx.select().from(variants).where(eq(variants.id, line.variantId));
    const left = now ? purchasableQuantity(now) : 0;
    const name = line.variantTitle ? `${line.productTitle} (${line.variantTitle})` : line.productTitle;
    throw new CheckoutRefusal(
      left === 0
        ? `${name} is sold out: remove it from your cart to continue.`
        : `Only ${left} left of ${name}: lower the quantity in your cart.`,
    );
  }
  return preorders;
}
