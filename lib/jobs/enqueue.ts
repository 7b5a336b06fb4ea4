import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";

/** The queue's schema (graphile-worker's own tables and functions, installed by db/migrate.ts). */
export const QUEUE_SCHEMA = "graphile_worker";

/**
 * Adds a job to the PostgreSQL queue through `tx`: inside a transaction, the
 * job exists only if that transaction commits (a rolled-back order queues
 * nothing). `key` names the job (one job per key, shown in the back office);
 * `maxAttempts` runs before it is dead-lettered; jobs of one `queueName` run one at a time. A plain function call, so it
 * works through a transaction-mode PgBouncer; its NOTIFY wakes the workers
 * when the transaction commits.
 */
export async function enqueueJob(
  tx: DbOrTx,
  task: string,
  payload: Record<string, unknown>,
  options: { key?: string; maxAttempts?: number; queueName?: string } = {},
): Promise<void> {
  await tx.execute(
    sql`select from graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, job_key => ${options.key ?? null}::text, max_attempts => ${options.maxAttempts ?? null}::int, queue_name => ${options.queueName ?? null}::text)`,
  );
}
