import "server-only";
import { Logger, run, runOnce, type Runner, type RunnerOptions, type Task, type TaskList } from "graphile-worker";
import { z } from "zod";
import { directDatabaseUrl } from "@/db/config";
import { env } from "@/lib/env";
import { runExportJob } from "@/lib/exports/job";
import { EXPORT_TASK } from "@/lib/exports/mutations";
import { deliverQueuedMail } from "@/lib/mail/deliver";
import { SEND_MAIL_TASK } from "@/lib/mail/send";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { BOOK_PAYMENTS_TASK, bookPayments } from "@/lib/orders/mutations/after-payment";
import { QUEUE_SCHEMA } from "./enqueue";
import { livenessEvents } from "./liveness";
import { PERIODIC_JOBS, runPeriodicJob } from "./periodic";

const mailPayload = z.object({ outboxId: z.number().int().positive() });
const exportPayload = z.object({ exportId: z.number().int().positive() });

/** Counts each run's outcome: ok, failed (to be retried) or dead (its last attempt failed: dead-lettered). */
function counted(name: string, task: Task): Task {
  return async (payload, helpers) => {
    const runs = metrics().queueJobRuns;
    try {
      await task(payload, helpers);
      runs.inc({ task: name, outcome: "ok" });
    } catch (e) {
      runs.inc({ task: name, outcome: helpers.job.attempts >= helpers.job.max_attempts ? "dead" : "failed" });
      throw e;
    }
  };
}

/** Every task the queue runs, by name (the names stored in the jobs: never rename one with jobs waiting). */
export function queueTasks(): TaskList {
  return {
    ...Object.fromEntries(PERIODIC_JOBS.map((job) => [job.task, counted(job.task, () => runPeriodicJob(job))])),
    [SEND_MAIL_TASK]: counted(SEND_MAIL_TASK, async (payload, { job }) => {
      const { outboxId } = mailPayload.parse(payload);
      await deliverQueuedMail(outboxId, { attempt: job.attempts, maxAttempts: job.max_attempts });
    }),
    [BOOK_PAYMENTS_TASK]: counted(BOOK_PAYMENTS_TASK, async () => {
      await bookPayments();
    }),
    [EXPORT_TASK]: counted(EXPORT_TASK, async (payload, { job }) => {
      const { exportId } = exportPayload.parse(payload);
      await runExportJob(exportId, { attempt: job.attempts, maxAttempts: job.max_attempts });
    }),
  };
}

/** graphile-worker's log lines into ours; its per-job info lines only at debug level. */
const queueLogger = new Logger((scope) => (level, message, meta) => {
  const log = logger();
  const fields = { queue: scope.label ?? "worker", ...(meta ?? {}) };
  if (level === "error") log.error(fields, message);
  else if (level === "warning") log.warn(fields, message);
  else log.debug(fields, message);
});

/**
 * The worker's settings. It connects on DATABASE_DIRECT_URL when set: it holds
 * a LISTEN (woken by each new job's NOTIFY, so a sign-in code goes out at once)
 * that a transaction-mode PgBouncer cannot keep. Jobs are claimed with
 * FOR UPDATE SKIP LOCKED: any number of instances may run it, each job runs once
 * at a time. A failed job is retried after e^attempts seconds.
 */
function options(): RunnerOptions {
  const connectionString = directDatabaseUrl();
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue has no database");
  const concurrency = env().QUEUE_CONCURRENCY;
  return {
    connectionString,
    schema: QUEUE_SCHEMA,
    taskList: queueTasks(),
    concurrency,
    maxPoolSize: concurrency + 2,
    pollInterval: 1000,
    noHandleSignals: true,
    logger: queueLogger,
  };
}

const state = globalThis as unknown as { __mercatoQueue?: Promise<Runner | null>; __mercatoLiveness?: () => Promise<void> };

/** Starts this process's queue worker (once; not under Vitest, whose tests run the queue with runQueueOnce). */
export function startQueueWorker(): void {
  if (process.env.VITEST || state.__mercatoQueue) return;
  // The pool says it runs for as long as this process does (./liveness.ts): killed, its jobs are freed for the others.
  const { events, release } = livenessEvents();
  state.__mercatoLiveness = release;
  state.__mercatoQueue = run({ ...options(), events }).catch((e: unknown) => {
    logger().error({ err: e }, "job queue: the worker could not start");
    return null;
  });
}

/** Stops the queue worker: no new job is taken, the ones running finish. */
export async function stopQueueWorker(): Promise<void> {
  const runner = await state.__mercatoQueue;
  state.__mercatoQueue = undefined;
  await runner?.stop();
  await state.__mercatoLiveness?.();
  state.__mercatoLiveness = undefined;
}

/** Runs every job that is due now, then returns (`npm run worker -- --once`, and tests). */
export async function runQueueOnce(): Promise<void> {
  const { events, release } = livenessEvents();
  try {
    await runOnce({ ...options(), concurrency: 1, events });
  } finally {
    await release();
  }
}
