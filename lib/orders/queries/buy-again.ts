import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, orders } from "@/db/schema";
import { buyAgainMessage, parseBuyAgainParams } from "../buy-again-notice";

type Raw = Record<string, string | string[] | undefined>;

/**
 * The cart's message after Buy again, its titles read from the shopper's own
 * order (lines of anyone else's order are not found, so the URL reveals nothing).
 */
export async function buyAgainNotice(userId: string | null, params: Raw): Promise<ReturnType<typeof buyAgainMessage> | null> {
  const parsed = parseBuyAgainParams(params);
  if (!parsed || !userId) return null;
  const rows = await db
    .select({ lineId: orderLines.id, title: orderLines.productTitle })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.number, parsed.number), eq(orders.userId, userId), inArray(orderLines.id, [...parsed.outcomes.keys()])));
  if (rows.length === 0) return null;
  return buyAgainMessage(
    parsed.number,
    rows.map((r) => ({ ...r, outcome: parsed.outcomes.get(r.lineId)! })),
  );
}
