import "server-only";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { orders } from "@/db/schema";
import { isRetryableConflict } from "@/lib/db-errors";
import { issueInvoice } from "@/lib/invoices/mutations";
import { readSellerSettings } from "@/lib/invoices/settings";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/observability/logger";

/** The queue task that books payments (stored in the queue's rows: never rename it). */
export const BOOK_PAYMENTS_TASK = "orders:book-payments";
/** Paid orders booked per transaction. */
export const BOOKING_BATCH = 200;
/** Batches per run: a backlog after an outage is booked in several short transactions. */
const MAX_BATCHES = 50;
/** Tries of a batch that lost a deadlock or a serialization conflict, before the job fails (and is retried later). */
const CONFLICT_TRIES = 3;

/**
 * Queues the booking of a payment, in the payment's transaction (nothing is queued if it rolls
 * back); the payment's transition set the order's `booking_due`. The payment itself only moves the
 * order to paid: its invoice (numbered from one gap-free sequence row) and the products' sales
 * counts are written by this job, off the webhook's path. Held in the payment's transaction, those
 * rows were locked by every payment until it committed, so payments waited on each other.
 *
 * One booking runs at a time for the whole fleet (an advisory lock, see bookPaymentsBatch), and each
 * books every order due: under load, one transaction numbers many invoices. Not a named queue: a
 * queue stays locked by an instance that dies in one of its jobs (killed, out of memory) until the
 * lock is found stale (lib/jobs/liveness.ts, minutes later), whereas this lock goes with the dead
 * connection at once.
 */
export async function queuePaymentBooking(tx: Tx): Promise<void> {
  await enqueueJob(tx, BOOK_PAYMENTS_TASK, {}, { maxAttempts: 10 });
}

/** The advisory lock one booking holds for its transaction (any fixed number unique to this use). */
const BOOKING_LOCK = sql`hashtext('mercato.book-payments')`;

/** Adds the orders' units to their products' sales counts, locking the product rows in id order. */
async function countSales(tx: Tx, orderIds: string[]): Promise<void> {
  await tx.execute(sql`
    with sold as (select product_id, sum(quantity)::int as quantity from order_lines
                  where order_id in ${orderIds} and product_id is not null group by product_id),
         locked as (select p.id from products p join sold on sold.product_id = p.id order by p.id for update of p)
    update products p set sales_count = p.sales_count + sold.quantity
    from sold where p.id = sold.product_id and p.id in (select id from locked)`);
}

/**
 * Books one batch of orders due, oldest payment first (so invoice numbers follow the order of
 * payment), in one transaction: issues each invoice (or keeps the one a download issued first),
 * each in a savepoint of its own, so an order whose invoice cannot be issued is logged and left due
 * without holding up the others; then adds the booked orders' units to the sales counts and clears
 * their `booking_due`, so each counts once. `orderIds` limits it to those orders (tests),
 * `paidBefore` to orders paid before then (the periodic run: what the payments' own jobs left). Returns
 * the orders booked and those that failed, or `busy` when another booking holds the lock and
 * `wait` is false: that one goes on until nothing is due.
 */
export async function bookPaymentsBatch(
  opts: { orderIds?: string[]; paidBefore?: Date; limit?: number; wait?: boolean } = {},
): Promise<{ booked: number; failed: number; busy?: true }> {
  return db.transaction(async (tx) => {
    if (opts.wait ?? true) await tx.execute(sql`select pg_advisory_xact_lock(${BOOKING_LOCK})`);
    else {
      const [lock] = await tx.execute<{ held: boolean }>(sql`select pg_try_advisory_xact_lock(${BOOKING_LOCK}) as held`);
      if (!lock?.held) return { booked: 0, failed: 0, busy: true as const };
    }
    const due = await tx
      .select({ id: orders.id, number: orders.number })
      .from(orders)
      .where(
        and(
          eq(orders.bookingDue, true),
          opts.orderIds ? inArray(orders.id, opts.orderIds) : undefined,
          opts.paidBefore ? lt(orders.paidAt, opts.paidBefore) : undefined,
        ),
      )
      .orderBy(asc(orders.paidAt), asc(orders.id))
      .limit(opts.limit ?? BOOKING_BATCH)
      .for("update");
    const booked: string[] = [];
    const seller = due.length > 0 ? await readSellerSettings(tx) : undefined; // once for the batch
    for (const order of due) {
      try {
        await tx.transaction((savepoint) => issueInvoice(savepoint, order.id, seller));
        booked.push(order.id);
      } catch (e) {
        if (isRetryableConflict(e)) throw e; // the whole batch again
        logger().error({ err: e, order: order.number }, "could not issue the invoice of a paid order: left due for the next booking");
      }
    }
    if (booked.length > 0) {
      await countSales(tx, booked);
      await tx.update(orders).set({ bookingDue: false }).where(inArray(orders.id, booked));
    }
    return { booked: booked.length, failed: due.length - booked.length };
  });
}

/**
 * The job (queued by each payment, and run every JOBS_INTERVAL_SECONDS): batches until no order is
 * due (at most MAX_BATCHES), each retried on a deadlock. When another booking holds the lock it
 * returns at once: that one books what is due, and an order it just missed is booked by the next
 * payment's job or, at the latest, by the periodic run, which books orders paid over a minute ago
 * (`paidBefore`) and so leaves the newest to their own jobs. Returns the orders booked.
 */
export async function bookPayments(opts: { paidBefore?: Date } = {}): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    let batch: Awaited<ReturnType<typeof bookPaymentsBatch>> | null = null;
    for (let attempt = 1; batch === null; attempt++) {
      try {
        batch = await bookPaymentsBatch({ paidBefore: opts.paidBefore, wait: false });
      } catch (e) {
        if (!isRetryableConflict(e) || attempt >= CONFLICT_TRIES) throw e;
      }
    }
    total += batch.booked;
    if (batch.busy || batch.booked + batch.failed < BOOKING_BATCH || batch.booked === 0) break;
  }
  return total;
}
