import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";

/** The queue's schema (graphile-worker's own tables and functions, installed by db/migrate.ts). */
export const QUEUE_SCHEMA = "graphile_worker";

/** What a job is queued with: its key names it (one job per key, shown in the back office); `maxAttempts` runs before it is dead-lettered; jobs of one `queueName` run one at a time. */
export type JobOptions = { key?: string | SQL; maxAttempts?: number; queueName?: string };

/**
 * The queue's `add_job` call, as SQL to select from: `payload` (json) and a `key` given as SQL may
 * refer to rows of the same statement, so a row and the job about it are written in one round trip
 * (lib/mail/send.ts). A plain function call, so it works through a transaction-mode PgBouncer; its
 * NOTIFY wakes the workers when the transaction commits.
 */
export function addJobSql(task: string, payload: SQL, options: JobOptions = {}): SQL {
  return sql`graphile_worker.add_job(${task}, ${payload}, job_key => (${options.key ?? null})::text, max_attempts => ${options.maxAttempts ?? null}::int, queue_name => ${options.queueName ?? null}::text)`;
}

/**
 * Adds a job to the PostgreSQL queue through `tx`: inside a transaction, the
 * job exists only if that transaction commits (a rolled-back order queues
 * nothing).
 */
export async function enqueueJob(tx: DbOrTx, task: string, payload: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await tx.execute(sql`select from ${addJobSql(task, sql`${JSON.stringify(payload)}::json`, options)}`);
}
