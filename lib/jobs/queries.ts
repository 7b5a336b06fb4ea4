import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { ExportReport } from "@/db/schema";
import { BOOK_PAYMENTS_TASK } from "@/lib/orders/mutations/after-payment";
import { periodicJobName } from "./periodic";

/** A dead-lettered job, as the back office shows it. */
export type FailedJob = {
  id: string;
  task: string;
  /** What the job was about: an e-mail (its template and recipient), a CSV export (its number and report), a periodic job (its task) or the booking of paid orders; null when its subject is gone. */
  subject:
    | { mail: { template: string; to: string } }
    | { export: { id: number; report: ExportReport } }
    | { periodic: string }
    | { booking: true }
    | null;
  lastError: string | null;
  attempts: number;
  failedAt: Date;
};

// A job whose last attempt failed stays in the queue's table, never run again until retried: the dead letters.
const DEAD = sql`attempts >= max_attempts`;

/** The dead-lettered jobs, most recent failure first (at most `limit`). */
export async function listFailedJobs(limit = 100): Promise<FailedJob[]> {
  const rows = await db.execute<{
    id: string;
    task: string;
    to: string | null;
    template: string | null;
    last_error: string | null;
    attempts: number;
    failed_at: Date | string;
    export_id: number | null;
    report: ExportReport | null;
  }>(sql`
    select j.id::text as id, j.task_identifier as task, m."to", m.template, j.last_error, j.attempts, j.updated_at as failed_at,
      e.id as export_id, e.report
    from graphile_worker.jobs j
    left join mail_outbox m on j.key = 'mail:' || m.id
    left join csv_exports e on j.key = 'export:' || e.id
    where ${DEAD}
    order by j.updated_at desc, j.id desc
    limit ${limit}`);
  return rows.map((r) => ({
    id: r.id,
    task: r.task,
    subject: r.to
      ? { mail: { template: r.template ?? "", to: r.to } }
      : r.export_id && r.report
        ? { export: { id: r.export_id, report: r.report } }
        : periodicJobName(r.task)
          ? { periodic: r.task }
          : r.task === BOOK_PAYMENTS_TASK
            ? { booking: true as const }
            : null,
    lastError: r.last_error,
    attempts: r.attempts,
    failedAt: new Date(r.failed_at),
  }));
}

/** Jobs by state, for the metrics: waiting (due or scheduled, never failed), retrying (failed, attempts left), dead. */
export async function countQueueJobs(): Promise<{ waiting: number; retrying: number; dead: number }> {
  const [row] = await db.execute<{ waiting: number; retrying: number; dead: number }>(sql`
    select count(*) filter (where attempts < max_attempts and last_error is null)::int as waiting,
           count(*) filter (where attempts < max_attempts and last_error is not null)::int as retrying,
           count(*) filter (where ${DEAD})::int as dead
    from graphile_worker.jobs`);
  return row ?? { waiting: 0, retrying: 0, dead: 0 };
}
