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
 * back. Each order in a transaction of its own, claimed with FOR UPDATE SKIP LOCKED,
 * so several instances (or overlapping runs) share the work and never cancel one
 * order twice; a shopper paying or cancelling at the same moment is serialised by the
 * same row lock. One order at a time also keeps the locks a cancellation takes
 * (its variants, then its promotions, each in id order, as checkout takes them) from
 * crossing a checkout's: a batch in one transaction held one order's variants while
 * waiting for the next one's, which a checkout holding those could deadlock.
 * The cached pages of the products whose stock came back are revalidated once per
 * batch (no request announces this change). Returns how many orders were cancelled.
 */
export async function cancelExpiredOrders(now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const slugs = new Set<string>();
    let picked = 0;
    for (; picked < BATCH; picked++) {
      const one = await db.transaction(async (tx) => {
        const [order] = await tx
          .select()
          .from(orders)
          .where(and(eq(orders.status, "pending_payment"), lt(orders.paymentDueAt, now)))
          .orderBy(orders.paymentDueAt)
          .limit(1)
          .for("update", { skipLocked: true });
        if (!order) return null;
        if (!(await applyTransition(tx, order, "cancelled", { kind: "system", id: null }, { note: "Payment not received in time" })))
          return { cancelled: false, slugs: [] };
        return { cancelled: true, slugs: await productSlugsOf({ orderIds: [order.id] }, tx) };
      });
      // None left, or one that would not move (it would be claimed again and again): done for this run.
      if (!one?.cancelled) break;
      total++;
      for (const slug of one.slugs) slugs.add(slug);
    }
    await revalidateTagsOutsideRequest([...slugs].map(TAGS.product));
    if (picked < BATCH) return total;
  }
}
