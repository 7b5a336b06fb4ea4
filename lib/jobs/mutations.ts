import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/**
 * Gives a dead-lettered job its attempts back and makes it due now (the
 * workers are woken at once). Returns false when no such dead-lettered job
 * exists (already retried, or done).
 */
export async function retryFailedJob(id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.execute<{ id: string }>(sql`
      select id::text as id from graphile_worker.reschedule_jobs(
        array(select id from graphile_worker.jobs where id = ${id}::bigint and attempts >= max_attempts),
        run_at => now(), attempts => 0)`);
    if (rows.length === 0) return false;
    await tx.execute(sql`select pg_notify('jobs:insert', '{"count":1}')`);
    return true;
  });
}
