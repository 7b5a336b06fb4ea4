import "server-only";
import { sessionClient } from "@/db";
import { emailPendingAlerts } from "@/lib/alerts/dispatch";
import { emailBackInStock } from "@/lib/back-in-stock/job";
import { deleteIdleCarts } from "@/lib/cart/mutations";
import { env } from "@/lib/env";
import { expirePoints } from "@/lib/loyalty/expiry";
import { pruneMailOutbox } from "@/lib/mail/outbox";
import { pruneSmsOutbox } from "@/lib/sms/outbox";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { completeOrdersAutomatically } from "@/lib/orders/mutations/auto-complete";
import { cancelExpiredOrders } from "@/lib/orders/mutations/expiry";
import { refreshProductSalesWhenDue } from "@/lib/rankings/refresh";
import { countProductPairs } from "@/lib/recommendations/pairs";
import { pruneRateLimits } from "@/lib/rate-limit/prune";
import { deleteOldSearchCounts } from "@/lib/search-history/mutations";
import { deleteExpiredShares } from "@/lib/sharing/mutations";

// Distinct from the migration lock; one sweep at a time across every instance sharing the database.
const JOBS_LOCK = 7_270_403_001;

/**
 * A periodic job. Jobs run outside any request, where Next has no data cache: the cached getters
 * (storeName, getStorePolicies…) then read the database directly (lib/cache/cached-or-direct.ts).
 */
type Job = { name: string; run: () => Promise<number | void> };

function jobs(): Job[] {
  return [
    { name: "cancel unpaid orders", run: () => cancelExpiredOrders(new Date()) },
    { name: "deliver and complete orders without a complaint", run: () => completeOrdersAutomatically(new Date()) },
    { name: "expire loyalty points", run: () => expirePoints(new Date()) },
    { name: "delete idle carts", run: () => deleteIdleCarts(env().CART_IDLE_DAYS) },
    { name: "prune rate-limit windows", run: () => pruneRateLimits() },
    { name: "e-mail staff alerts", run: () => emailPendingAlerts() },
    { name: "e-mail back-in-stock subscribers", run: () => emailBackInStock() },
    { name: "delete expired share links", run: () => deleteExpiredShares() },
    { name: "prune daily search counts", run: () => deleteOldSearchCounts() },
    { name: "refresh the sales rollup for rankings", run: () => refreshProductSalesWhenDue() },
    { name: "count co-purchases of paid orders", run: () => countProductPairs() },
    { name: "prune mail outbox", run: () => pruneMailOutbox(env().MAIL_OUTBOX_RETENTION_HOURS) },
    { name: "prune SMS outbox", run: () => pruneSmsOutbox(env().MAIL_OUTBOX_RETENTION_HOURS) },
  ];
}

/** Runs each job once; a failing job is logged and the others still run. Returns false when another instance holds the sweep. */
export async function runJobsOnce(): Promise<boolean> {
  // A session advisory lock: on DATABASE_DIRECT_URL when set, since a transaction-mode PgBouncer cannot hold one.
  const conn = await sessionClient().reserve();
  try {
    const [row] = await conn<{ locked: boolean }[]>`select pg_try_advisory_lock(${JOBS_LOCK}) as locked`;
    if (!row?.locked) return false;
    try {
      const m = metrics();
      for (const job of jobs()) {
        if (state.__mercatoJobsStopping) break; // shutting down: stop between jobs
        const end = m.jobDuration.startTimer({ job: job.name });
        try {
          const n = await job.run();
          m.jobRuns.inc({ job: job.name, outcome: "ok" });
          if (typeof n === "number" && n > 0) logger().info({ job: job.name, count: n }, "job done");
        } catch (e) {
          m.jobRuns.inc({ job: job.name, outcome: "failed" });
          logger().error({ job: job.name, err: e }, "job failed");
        } finally {
          end();
        }
      }
    } finally {
      await conn`select pg_advisory_unlock(${JOBS_LOCK})`;
    }
    return true;
  } finally {
    conn.release();
  }
}

const state = globalThis as unknown as {
  __mercatoJobs?: NodeJS.Timeout;
  __mercatoJobsStopping?: boolean;
  __mercatoJobsSweep?: Promise<void>;
};

/**
 * Starts the periodic sweep (every JOBS_INTERVAL_SECONDS; 0 disables it). The
 * timer is unref'd so it never keeps the process alive, and one sweep never
 * overlaps the next in this process; errors are logged, never thrown.
 */
export function startJobRunner(): void {
  const seconds = env().JOBS_INTERVAL_SECONDS;
  if (seconds === 0 || process.env.VITEST || state.__mercatoJobs) return;
  const tick = () => {
    if (state.__mercatoJobsSweep || state.__mercatoJobsStopping) return;
    state.__mercatoJobsSweep = runJobsOnce()
      .then(
        () => {},
        (e: unknown) => logger().error({ err: e }, "job sweep failed"),
      )
      .finally(() => (state.__mercatoJobsSweep = undefined));
  };
  state.__mercatoJobs = setInterval(tick, seconds * 1000);
  state.__mercatoJobs.unref();
  setTimeout(tick, Math.min(5, seconds) * 1000).unref();
}

/** Stops the periodic sweep for good: no new sweep starts, the running one stops after its current job. */
export async function stopJobRunner(): Promise<void> {
  state.__mercatoJobsStopping = true;
  clearInterval(state.__mercatoJobs);
  await state.__mercatoJobsSweep;
}
