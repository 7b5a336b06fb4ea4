import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { databasePoolMax } from "@/db/config";
import { poolStats } from "@/db/pool-stats";

/**
 * Every metric of this process, in one prom-client registry kept on globalThis:
 * instrumentation, each route's bundle and the cache handler (plain .mjs loaded by
 * Node) all reach the same objects. Served at /metrics (app/metrics/route.ts).
 */
function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "mercato_" }); // mercato_process_*, mercato_nodejs_*
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: "mercato_http_request_duration_seconds",
      help: "Time from request start to response finish, by route group (never raw paths) and status class.",
      labelNames: ["group", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    httpInFlight: new Gauge({
      name: "mercato_http_requests_in_flight",
      help: "Requests started and not yet finished on this instance.",
      registers,
    }),
    cacheRequests: new Counter({
      name: "mercato_next_cache_requests_total",
      help: "Reads of Next's cache (pages, routes, data) by result: hit or miss (absent, or stale after a shared revalidation).",
      labelNames: ["result"] as const,
      registers,
    }),
    dbPool: new Gauge({
      name: "mercato_db_pool_connections",
      help: "Connections held alone (transactions, reserved) by state: in_use, waiting (asked, none free yet), max (DATABASE_POOL_MAX).",
      labelNames: ["state"] as const,
      registers,
      collect() {
        const stats = poolStats();
        this.set({ state: "in_use" }, stats.inUse);
        this.set({ state: "waiting" }, stats.waiting);
        this.set({ state: "max" }, databasePoolMax());
      },
    }),
    jobRuns: new Counter({
      name: "mercato_job_runs_total",
      help: "Periodic job runs by job and outcome (ok, failed).",
      labelNames: ["job", "outcome"] as const,
      registers,
    }),
    jobDuration: new Histogram({
      name: "mercato_job_duration_seconds",
      help: "Duration of each periodic job run.",
      labelNames: ["job"] as const,
      buckets: [0.01, 0.05, 0.25, 1, 5, 30, 120],
      registers,
    }),
    ordersPlaced: new Counter({
      name: "mercato_orders_placed_total",
      help: "Orders created by checkout (counted after the order's transaction committed).",
      registers,
    }),
    ordersPaid: new Counter({
      name: "mercato_orders_paid_total",
      help: "Orders marked paid by a verified provider event (after the webhook's transaction committed), by provider.",
      labelNames: ["provider"] as const,
      registers,
    }),
    webhookFailures: new Counter({
      name: "mercato_payment_webhook_failures_total",
      help: "Payment webhook deliveries refused (bad signature, stale, too large) or whose handling threw, by provider and reason.",
      labelNames: ["provider", "reason"] as const,
      registers,
    }),
    mailMessages: new Counter({
      name: "mercato_mail_messages_total",
      help: "Delivery attempts of queued messages by status: sent (SMTP accepted), failed (SMTP refused; retried until the last attempt), logged (no SMTP_URL: kept in mail_outbox).",
      labelNames: ["status"] as const,
      registers,
    }),
    queueJobRuns: new Counter({
      name: "mercato_queue_job_runs_total",
      help: "Job queue runs on this instance by task and outcome: ok, failed (retried later with backoff), dead (last attempt failed: dead-lettered).",
      labelNames: ["task", "outcome"] as const,
      registers,
    }),
    queueJobs: new Gauge({
      name: "mercato_queue_jobs",
      help: "Jobs in the PostgreSQL queue (all instances) by state: waiting, retrying (failed, attempts left), dead (dead-lettered, see /admin/jobs).",
      labelNames: ["state"] as const,
      registers,
      async collect() {
        try {
          const { countQueueJobs } = await import("@/lib/jobs/queries");
          const counts = await countQueueJobs();
          for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
        } catch {
          // No database (yet) in this process: the series keep their last values.
        }
      },
    }),
    shuttingDown: new Gauge({
      name: "mercato_shutting_down",
      help: "1 once this instance received SIGTERM and drains its requests; /api/health/ready then answers 503.",
      registers,
    }),
  };
}

/** Series that exist at 0 before anything happened, so a dashboard tells "none yet" from "not scraped". */
function zero(m: ReturnType<typeof create>) {
  for (const result of ["hit", "miss"]) m.cacheRequests.inc({ result }, 0);
  for (const status of ["sent", "failed", "logged"]) m.mailMessages.inc({ status }, 0);
  for (const outcome of ["ok", "failed", "dead"]) m.queueJobRuns.inc({ task: "send-mail", outcome }, 0);
  for (const provider of ["test", "stripe"]) {
    m.ordersPaid.inc({ provider }, 0);
    for (const reason of ["too_large", "refused", "error"]) m.webhookFailures.inc({ provider, reason }, 0);
  }
  return m;
}

export type Metrics = ReturnType<typeof create>;

const holder = globalThis as unknown as { __mercatoMetrics?: Metrics; __mercatoCacheResult?: (hit: boolean) => void };

/** This process's metrics (created on first use). */
export function metrics(): Metrics {
  if (!holder.__mercatoMetrics) {
    const m = zero(create());
    holder.__mercatoMetrics = m;
    // The cache handler (lib/cache/cache-handler.mjs) reports through this hook: it cannot import app code.
    holder.__mercatoCacheResult = (hit) => m.cacheRequests.inc({ result: hit ? "hit" : "miss" });
  }
  return holder.__mercatoMetrics;
}
