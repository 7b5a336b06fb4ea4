import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { orders, type OrderStatus } from "@/db/schema";
import { noOpenReturn } from "@/lib/returns/open";
import { readStoreSettings } from "@/lib/settings/queries";
import { nextStatus, type OrderAction } from "../transitions";
import { applyTransition } from "./apply";

const BATCH = 100;
const DAY_MS = 86_400_000;

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

type Step = { from: OrderStatus; since: PgColumn; action: OrderAction; before: Date; note: string };

/**
 * Moves every order in `from` whose `since` timestamp is older than `before` on by
 * one step, as the "system" actor, in batches claimed with FOR UPDATE SKIP LOCKED
 * (like cancelExpiredOrders): overlapping runs share the work and change each order
 * once; a shopper or staff member acting on the same order at the same moment is
 * serialised by the row lock, and the status guard in applyTransition refuses the later one.
 */
async function sweep({ from, since, action, before, note }: Step): Promise<number> {
  const verdict = nextStatus(from, action, "system");
  if (!verdict.ok) throw new Error(`The order rules do not let the system ${action} a ${from} order: ${verdict.reason}`);
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(orders)
        // An order with a return in progress is not done: it waits until the return is closed.
        .where(and(eq(orders.status, from), lt(since, before), noOpenReturn))
        .orderBy(since)
        .limit(BATCH)
        .for("update", { skipLocked: true });
      let moved = 0;
      for (const order of due) {
        if (await applyTransition(tx, order, verdict.to, { kind: "system", id: null }, { note })) moved++;
      }
      return { picked: due.length, moved };
    });
    total += n.moved;
    if (n.picked < BATCH) return total;
  }
}

/**
 * Shipped orders count as delivered, and delivered orders as completed, once the
 * store's number of days (settings: autoDeliverAfterDays, autoCompleteAfterDays)
 * has passed without a complaint. A complaint is a refund request, which moves the
 * order to refund_requested (and then refunded or refund_rejected): such an order is
 * no longer shipped or delivered, so these sweeps leave it alone by construction.
 * Shipped orders are handled first; one delivered now gets its delivered_at now, so it
 * waits its full completion time. The shopper is not e-mailed for either step (no
 * status mail exists for delivered or completed; see notify.ts). Returns how many
 * orders changed.
 */
export async function completeOrdersAutomatically(now: Date = new Date()): Promise<number> {
  const { autoDeliverAfterDays, autoCompleteAfterDays } = await readStoreSettings();
  const delivered = await sweep({
    from: "shipped",
    since: orders.shippedAt,
    action: "deliver",
    before: new Date(now.getTime() - autoDeliverAfterDays * DAY_MS),
    note: `Delivered: no complaint within ${days(autoDeliverAfterDays)} of shipping`,
  });
  const completed = await sweep({
    from: "delivered",
    since: orders.deliveredAt,
    action: "complete",
    before: new Date(now.getTime() - autoCompleteAfterDays * DAY_MS),
    note: `Completed: no complaint within ${days(autoCompleteAfterDays)} of delivery`,
  });
  return delivered + completed;
}
