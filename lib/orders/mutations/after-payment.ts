import "server-only";
import { and, asc, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { orders } from "@/db/schema";
import { issueInvoice } from "@/lib/invoices/mutations";
import { enqueueJob } from "@/lib/jobs/enqueue";

/** The queue task that books payments (stored in the queue's rows: never rename it). */
export const BOOK_PAYMENTS_TASK = "orders:book-payments";
/** Paid orders booked per transaction. */
export const BOOKING_BATCH = 200;
/** Batches per run: a backlog after an outage is booked in several short transactions. */
const MAX_BATCHES = 50;

/**
 * Queues the booking of a payment, in the payment's transaction (nothing is queued if it rolls
 * back). The payment itself only moves the order to paid: its invoice (numbered from one
 * gap-free sequence row) and the products' sales counts are written by this job, off the
 * webhook's path. Held in the payment's transaction, those rows were locked by every payment
 * until it committed, so payments waited on each other. The jobs share one named queue, so one
 * booking runs at a time for the whole fleet, and each books every paid order waiting: under
 * load, one transaction numbers many invoices.
 */
export async function queuePaymentBooking(tx: Tx): Promise<void> {
  await enqueueJob(tx, BOOK_PAYMENTS_TASK, {}, { queueName: BOOK_PAYMENTS_TASK, maxAttempts: 10 });
}

/**
 * Books one batch of paid orders not booked yet, oldest payment first (so invoice numbers follow
 * the order of payment), in one transaction: adds their units to the products' sales counts, issues
 * each invoice (or keeps the one a download issued first) and marks them booked, so each order is
 * counted once. `orderIds` limits it to those orders (tests). Returns the orders booked.
 */
export async function bookPaymentsBatch(opts: { orderIds?: string[]; limit?: number } = {}): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(isNotNull(orders.paidAt), isNull(orders.paymentBookedAt), opts.orderIds ? inArray(orders.id, opts.orderIds) : undefined))
      .orderBy(asc(orders.paidAt), asc(orders.id))
      .limit(opts.limit ?? BOOKING_BATCH)
      .for("update");
    if (due.length === 0) return 0;
    const ids = due.map((o) => o.id);
    await countSales(tx, ids);
    for (const id of ids) await issueInvoice(tx, id);
    await tx.update(orders).set({ paymentBookedAt: new Date() }).where(inArray(orders.id, ids));
    return ids.length;
  });
}

async function countSales(tx: Tx, orderIds: string[]): Promise<void> {
  await tx.execute(sql`
    update products p set sales_count = p.sales_count + l.quantity
    from (select product_id, sum(quantity)::int as quantity from order_lines
          where order_id in ${orderIds} and product_id is not null group by product_id) l
    where p.id = l.product_id`);
}

/** The job: batches until no paid order waits (at most MAX_BATCHES). Returns the orders booked. */
export async function bookPayments(): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const n = await bookPaymentsBatch();
    total += n;
    if (n < BOOKING_BATCH) break;
  }
  return total;
}
