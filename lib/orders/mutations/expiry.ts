import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { revalidateTagsOutsideRequest } from "@/lib/cache/revalidate-outside-request";
import { TAGS } from "@/lib/cache-tags";
import { productSlugsOf } from "../queries/product-slugs";
import { applyTransition } from "./apply";

const BATCH = 100;

/**
 * Cancels orders still awaiting payment after their due time and puts their stock
 * back. Rows are claimed with FOR UPDATE SKIP LOCKED, so several instances (or
 * overlapping runs) share the work and never cancel one order twice; a shopper
 * paying or cancelling at the same moment is serialised by the same row lock.
 * The cached pages of the products whose stock came back are revalidated once each
 * batch has committed (no request announces this change). Returns how many orders were cancelled.
 */
export async function cancelExpiredOrders(now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(orders)
        .where(and(eq(orders.status, "pending_payment"), lt(orders.paymentDueAt, now)))
        .orderBy(orders.paymentDueAt)
        .limit(BATCH)
        .for("update", { skipLocked: true });
      const cancelled: string[] = [];
      for (const order of due) {
        if (await applyTransition(tx, order, "cancelled", { kind: "system", id: null }, { note: "Payment not received in time" }))
          cancelled.push(order.id);
      }
      return { picked: due.length, cancelled: cancelled.length, slugs: await productSlugsOf({ orderIds: cancelled }, tx) };
    });
    total += n.cancelled;
    await revalidateTagsOutsideRequest(n.slugs.map(TAGS.product));
    if (n.picked < BATCH) return total;
  }
}
