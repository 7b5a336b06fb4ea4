import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { emailPendingAlerts } from "@/lib/alerts/dispatch";
import { emailBackInStock } from "@/lib/back-in-stock/job";
import { deleteIdleCarts } from "@/lib/cart/mutations";
import { env } from "@/lib/env";
import { deleteOldExports, EXPORT_RETENTION_DAYS } from "@/lib/exports/mutations";
import { expirePoints } from "@/lib/loyalty/expiry";
import { pruneMailOutbox } from "@/lib/mail/outbox";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { bookPayments } from "@/lib/orders/mutations/after-payment";
import { completeOrdersAutomatically } from "@/lib/orders/mutations/auto-complete";
import { cancelExpiredOrders } from "@/lib/orders/mutations/expiry";
import { refreshProductSalesWhenDue } from "@/lib/rankings/refresh";
import { countProductPairs } from "@/lib/recommendations/pairs";
import { pruneRateLimits } from "@/lib/rate-limit/prune";
import { deleteOldSearchCounts } from "@/lib/search-history/mutations";
import { deleteExpiredShares } from "@/lib/sharing/mutations";
import { pruneSmsOutbox } from "@/lib/sms/outbox";
import { enqueueJob } from "./enqueue";

/**
 * A periodic job: a queue task (`task`, stored in the queue's rows: never rename one) run once
 * per JOBS_INTERVAL_SECONDS for the whole fleet. Jobs run outside any request, where Next has no
 * data cache: the cached getters (storeName, getStorePolicies…) then read the database directly.
 */
export type PeriodicJob = { task: string; name: string; run: () => Promise<number | void> };

export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  { task: "periodic:cancel-unpaid-orders", name: "cancel unpaid orders", run: () => cancelExpiredOrders(new Date()) },
  {
    task: "periodic:complete-orders",
    name: "deliver and complete orders without a complaint",
    run: () => completeOrdersAutomatically(new Date()),
  },
  // Each payment queues its booking; this books what a booking that was running at that moment missed.
  {
    task: "periodic:book-payments",
    name: "book paid orders left due",
    run: () => bookPayments({ paidBefore: new Date(Date.now() - 60_000) }),
  },
  { task: "periodic:expire-points", name: "expire loyalty points", run: () => expirePoints(new Date()) },
  { task: "periodic:delete-idle-carts", name: "delete idle carts", run: () => deleteIdleCarts(env().CART_IDLE_DAYS) },
  { task: "periodic:prune-rate-limits", name: "prune rate-limit windows", run: () => pruneRateLimits() },
  { task: "periodic:staff-alerts", name: "e-mail staff alerts", run: () => emailPendingAlerts() },
  { task: "periodic:back-in-stock", name: "e-mail back-in-stock subscribers", run: () => emailBackInStock() },
  { task: "periodic:delete-expired-shares", name: "delete expired share links", run: () => deleteExpiredShares() },
  { task: "periodic:prune-search-counts", name: "prune daily search counts", run: () => deleteOldSearchCounts() },
  { task: "periodic:refresh-sales-rollup", name: "refresh the sales rollup for rankings", run: () => refreshProductSalesWhenDue() },
  { task: "periodic:count-co-purchases", name: "count co-purchases of paid orders", run: () => countProductPairs() },
  { task: "periodic:prune-mail-outbox", name: "prune mail outbox", run: () => pruneMailOutbox(env().MAIL_OUTBOX_RETENTION_HOURS) },
  { task: "periodic:delete-old-exports", name: "delete old CSV exports", run: () => deleteOldExports(EXPORT_RETENTION_DAYS) },
  { task: "periodic:prune-sms-outbox", name: "prune SMS outbox", run: () => pruneSmsOutbox(env().MAIL_OUTBOX_RETENTION_HOURS) },
];

/** Runs before a failing periodic job is dead-lettered (/admin/jobs): retried after e^1, e^2, e^3, e^4 s. */
export const PERIODIC_MAX_ATTEMPTS = 5;

/** The job's human name ("cancel unpaid orders") for its queue task, or null when it is not a periodic job. */
export function periodicJobName(task: string): string | null {
  return PERIODIC_JOBS.find((j) => j.task === task)?.name ?? null;
}

/** Runs one periodic job here and now, timed and counted (mercato_job_runs_total, mercato_job_duration_seconds); throws its error. */
export async function runPeriodicJob(job: PeriodicJob): Promise<void> {
  const m = metrics();
  const end = m.jobDuration.startTimer({ job: job.name });
  try {
    const n = await job.run();
    m.jobRuns.inc({ job: job.name, outcome: "ok" });
    if (typeof n === "number" && n > 0) logger().info({ job: job.name, count: n }, "job done");
  } catch (e) {
    m.jobRuns.inc({ job: job.name, outcome: "failed" });
    logger().error({ job: job.name, err: e }, "job failed");
    throw e;
  } finally {
    end();
  }
}

/** Every periodic job, one after the other, in this process (tests); the first failure is thrown after all ran. */
export async function runPeriodicJobsNow(): Promise<void> {
  const errors: unknown[] = [];
  for (const job of PERIODIC_JOBS) await runPeriodicJob(job).catch((e: unknown) => errors.push(e));
  if (errors.length > 0) throw errors[0];
}

/**
 * Queues each periodic job whose slot (`now` ÷ the interval) has not been queued yet by any
 * instance, and that has no run already waiting (a slow or stopped worker never piles them up).
 * Each job goes to a queue of its own name, so one job never runs twice at once across the fleet.
 * Returns the tasks queued. A plain transaction: works through a transaction-mode PgBouncer.
 */
export async function schedulePeriodicJobs(now: Date, intervalSeconds: number): Promise<string[]> {
  const slot = Math.floor(now.getTime() / (intervalSeconds * 1000));
  return db.transaction(async (tx) => {
    const queued: string[] = [];
    for (const { task } of PERIODIC_JOBS) {
      const moved = await tx.execute(sql`
        insert into periodic_job_slots (task, last_slot) values (${task}, ${slot})
        on conflict (task) do update set last_slot = excluded.last_slot where periodic_job_slots.last_slot < excluded.last_slot
        returning task`);
      if (moved.length === 0) continue;
      const [waiting] = await tx.execute<{ n: number }>(
        sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = ${task} and locked_at is null and attempts = 0`,
      );
      if ((waiting?.n ?? 0) > 0) continue;
      await enqueueJob(tx, task, {}, { queueName: task, maxAttempts: PERIODIC_MAX_ATTEMPTS });
      queued.push(task);
    }
    return queued;
  });
}
