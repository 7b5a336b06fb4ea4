import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { enqueueJob } from "./enqueue";
import { freeJobsOfStoppedWorkers, holdLiveness, STALE_AFTER_SECONDS } from "./liveness";

const TASK = "test:liveness";
const keys: string[] = [];

/** A job in a queue of its own, locked by `pool` `ageSeconds` ago, as a running pool leaves it. */
async function lockedJob(pool: string, ageSeconds: number): Promise<string> {
  const key = `liveness:${pool}`;
  keys.push(key);
  await enqueueJob(db, TASK, {}, { key, queueName: key });
  await db.execute(sql`
    with job as (
      update graphile_worker._private_jobs set locked_by = ${pool}, locked_at = now() - make_interval(secs => ${ageSeconds})
      where key = ${key} returning job_queue_id)
    update graphile_worker._private_job_queues q set locked_by = ${pool}, locked_at = now() - make_interval(secs => ${ageSeconds})
    from job where q.id = job.job_queue_id`);
  return key;
}

async function lockOf(key: string) {
  const [row] = await db.execute<{ job: string | null; queue: string | null }>(sql`
    select j.locked_by as job, q.locked_by as queue
    from graphile_worker._private_jobs j join graphile_worker._private_job_queues q on q.id = j.job_queue_id
    where j.key = ${key}`);
  return row!;
}

afterAll(async () => {
  await db.execute(sql`delete from graphile_worker._private_jobs where key = any(${`{${keys.join(",")}}`}::text[])`);
});

describe("jobs left locked by a stopped instance (real PostgreSQL)", () => {
  it("are freed once they are stale, unless their pool still runs; a pool's lock goes with it", async () => {
    const old = STALE_AFTER_SECONDS + 60;
    const stopped = await lockedJob(`pool-stopped-${randomUUID()}`, old);
    const runningPool = `pool-running-${randomUUID()}`;
    const running = await lockedJob(runningPool, old);
    const startingPool = `pool-starting-${randomUUID()}`;
    const starting = await lockedJob(startingPool, 10);
    const letGo = await holdLiveness(runningPool);

    await freeJobsOfStoppedWorkers();
    // The stopped pool's job and its queue run again; the running pool's stay its own, and so do a new pool's.
    expect(await lockOf(stopped)).toEqual({ job: null, queue: null });
    expect(await lockOf(running)).toEqual({ job: runningPool, queue: runningPool });
    expect(await lockOf(starting)).toEqual({ job: startingPool, queue: startingPool });

    // The running pool's process ends (its connection with it): its jobs are freed too.
    await letGo();
    await freeJobsOfStoppedWorkers();
    expect(await lockOf(running)).toEqual({ job: null, queue: null });
  });
});
