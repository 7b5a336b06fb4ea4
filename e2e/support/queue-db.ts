import { testDb } from "./db";

/**
 * A queued e-mail whose every attempt failed (a dead-lettered job, as lib/jobs/queue.ts leaves it after
 * MAIL_MAX_ATTEMPTS refusals from SMTP), written in one transaction so that the server's worker never sees
 * it runnable. Returns the outbox row's id.
 */
export async function createFailedMailJob(to: string, error: string): Promise<number> {
  return testDb().begin(async (sql) => {
    const [row] = await sql<{ id: number }[]>`
      insert into mail_outbox ("to", subject, text, template, status, error)
      values (${to}, 'Your order is on its way', 'It left our warehouse today.', 'order-shipped', 'failed', ${error})
      returning id`;
    const key = `mail:${row!.id}`;
    await sql`select from graphile_worker.add_job('send-mail', json_build_object('outboxId', ${row!.id}::int),
      job_key => ${key}, max_attempts => 3, run_at => now() + interval '1 hour')`;
    await sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = ${error} where key = ${key}`;
    return row!.id;
  });
}

/** The outbox row's status ("queued", "sent", "logged", "failed"). */
export async function mailStatus(id: number): Promise<string | undefined> {
  const [row] = await testDb()<{ status: string }[]>`select status from mail_outbox where id = ${id}`;
  return row?.status;
}

/**
 * A stock-levels export whose every attempt failed: the export says failed with `error`, and its job is
 * dead-lettered (as lib/exports/job.ts leaves it after its last attempt), in one transaction so that the
 * server's worker never sees it runnable. Returns the export's number.
 */
export async function createFailedExportJob(error: string): Promise<number> {
  return testDb().begin(async (sql) => {
    const [row] = await sql<{ id: number }[]>`
      insert into csv_exports (report, params, filename, status, error)
      values ('stock', '{}', 'stock-all-2026-01-01.csv', 'failed', ${`attempt 4 of 4: ${error}`})
      returning id`;
    const key = `export:${row!.id}`;
    await sql`select from graphile_worker.add_job('export-csv', json_build_object('exportId', ${row!.id}::int),
      job_key => ${key}, max_attempts => 4, queue_name => 'export-csv', run_at => now() + interval '1 hour')`;
    await sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = ${error} where key = ${key}`;
    return row!.id;
  });
}
