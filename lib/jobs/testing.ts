import { sql } from "drizzle-orm";
import { db } from "@/db";
import { runQueueOnce } from "./queue";

/**
 * Runs every due job, as a worker would, and waits until their outcomes are
 * written: graphile-worker's runOnce may resolve just before the last job's
 * completion or failure is recorded (seen on a loaded machine). For tests on a
 * database of their own, where no other worker holds a job.
 */
export async function drainQueue(): Promise<void> {
  await runQueueOnce();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where locked_at is not null`);
    if (row?.n === 0) return;
    if (Date.now() > deadline) throw new Error(`${row?.n} job(s) still locked 10 s after the queue ran`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
