import "server-only";
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import type { WorkerEvents } from "graphile-worker";
import postgres from "postgres";
import { db } from "@/db";
import { directDatabaseUrl } from "@/db/config";
import { logger } from "@/lib/observability/logger";

/*
 * The queue marks each job it runs (and the named queue it runs in) as locked by the worker pool
 * running it, and frees a lock left by a pool that stopped without finishing (a killed instance,
 * out of memory) only after four hours: until then that job, and every job of its queue (one
 * periodic job, CSV exports), waits. So each running pool holds a session advisory lock named for
 * it on a connection of its own, which goes when the process does; and each instance's scheduler
 * tick frees the jobs of pools that hold none.
 */

/** Jobs locked for less than this are left alone whoever holds them: a pool just started may not hold its lock yet. */
export const STALE_AFTER_SECONDS = 300;

const livenessName = (lockedBy: string) => `mercato.queue-worker:${lockedBy}`;

/**
 * Holds the lock saying the pool `lockedBy` runs, on a connection of its own (a session lock lives as
 * long as its connection: the process's), until the returned function lets it go.
 */
export async function holdLiveness(lockedBy: string): Promise<() => Promise<void>> {
  const url = directDatabaseUrl();
  if (!url) return async () => {};
  const conn = postgres(url, { max: 1, idle_timeout: 0, onnotice: () => {}, connection: { application_name: "mercato-queue-liveness" } });
  const take = () => conn`select pg_advisory_lock(hashtext(${livenessName(lockedBy)}))`;
  await take();
  // Taken again every minute: a connection lost meanwhile (a database restart) reconnects and holds it anew.
  const renew = setInterval(() => take().catch((e: unknown) => logger().warn({ err: e }, "job queue: liveness lock not renewed")), 60_000);
  renew.unref();
  return async () => {
    clearInterval(renew);
    await conn.end({ timeout: 5 });
  };
}

/** The queue's events with each new worker pool holding its liveness lock; `release` lets them all go (after the pools stopped). */
export function livenessEvents(): { events: WorkerEvents; release: () => Promise<void> } {
  const events: WorkerEvents = new EventEmitter();
  const held: Promise<() => Promise<void>>[] = [];
  events.on("pool:create", ({ workerPool }) => {
    const hold = holdLiveness(workerPool.id);
    hold.catch((e: unknown) =>
      logger().error({ err: e, pool: workerPool.id }, "job queue: could not take the worker pool's liveness lock"),
    );
    held.push(hold);
  });
  const release = async () => {
    await Promise.all(held.map((hold) => hold.then((letGo) => letGo()).catch(() => {})));
  };
  return { events, release };
}

/**
 * Frees the jobs, and their queues, locked for over STALE_AFTER_SECONDS by a worker pool whose
 * liveness lock nobody holds: they run again at once, as graphile-worker would after four hours.
 * Through `db` (transaction-level locks work behind a transaction-mode PgBouncer). Returns the pools freed.
 */
export async function freeJobsOfStoppedWorkers(): Promise<string[]> {
  const holders = await db.execute<{ locked_by: string }>(sql`
    select distinct locked_by from graphile_worker.jobs
    where locked_by is not null and locked_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS})`);
  const freed: string[] = [];
  for (const { locked_by: lockedBy } of holders) {
    const stopped = await db.transaction(async (tx) => {
      // Taken only when no session holds it: the pool is gone. Released again at commit.
      const [probe] = await tx.execute<{ free: boolean }>(
        sql`select pg_try_advisory_xact_lock(hashtext(${livenessName(lockedBy)})) as free`,
      );
      if (!probe?.free) return false;
      await tx.execute(sql`select graphile_worker.force_unlock_workers(array[${lockedBy}]::text[])`);
      return true;
    });
    if (stopped) freed.push(lockedBy);
  }
  if (freed.length > 0) logger().warn({ pools: freed }, "job queue: freed the jobs of worker pools that stopped in the middle of them");
  return freed;
}
