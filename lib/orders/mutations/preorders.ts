import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderLines, type OrderRow } from "@/db/schema";
import { formatShipsOn } from "@/lib/preorders/rules";
import { TransitionRefused } from "./apply";

/** A shipping hook: throws, naming the waiting items, while stock has not filled every pre-order line of the order. */
export async function refuseShippingWhilePreordersWait(tx: Tx, order: OrderRow): Promise<undefined> {
  const waiting = await tx
    .select({ title: orderLines.productTitle, variant: orderLines.variantTitle, shipsOn: orderLines.preorderShipsOn })
    .from(orderLines)
    .where(and(eq(orderLines.orderId, order.id), isNotNull(orderLines.preorderShipsOn), isNull(orderLines.preorderFilledAt)))
    .orderBy(orderLines.id);
  if (waiting.length === 0) return undefined;
  const names = waiting.map((l) => `${l.variant ? `${l.title} (${l.variant})` : l.title}, ships from ${formatShipsOn(l.shipsOn!)}`);
  throw new TransitionRefused(
    `Order ${order.number} cannot ship yet: ${names.join("; ")} is a pre-order still waiting for stock. Receive the stock in Inventory first.`,
  );
}
