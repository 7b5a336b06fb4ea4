import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { freeJobsOfStoppedWorkers } from "./liveness";
import { schedulePeriodicJobs } from "./periodic";

const state = globalThis as unknown as {
  __mercatoScheduler?: NodeJS.Timeout;
  __mercatoSchedulerStopped?: boolean;
  __mercatoSchedulerTick?: Promise<void>;
};

/**
 * Queues the periodic jobs (lib/jobs/periodic.ts) every JOBS_INTERVAL_SECONDS (0: never), first
 * a few seconds after start. Every instance running a worker runs this timer; the slots in the
 * database make the fleet queue each job once per interval, and whichever worker is free runs it.
 * Each tick first frees the jobs that a killed instance left locked (./liveness.ts). The timer is
 * unref'd (it never keeps the process alive); a failed tick is logged, never thrown.
 */
export function startPeriodicScheduler(): void {
  const seconds = env().JOBS_INTERVAL_SECONDS;
  if (seconds === 0 || process.env.VITEST || state.__mercatoScheduler) return;
  state.__mercatoSchedulerStopped = false;
  const tick = () => {
    if (state.__mercatoSchedulerTick || state.__mercatoSchedulerStopped) return;
    state.__mercatoSchedulerTick = freeJobsOfStoppedWorkers()
      .catch((e: unknown) => logger().error({ err: e }, "job queue: could not free the jobs of stopped workers"))
      .then(() => schedulePeriodicJobs(new Date(), seconds))
      .then(
        () => {},
        (e: unknown) => logger().error({ err: e }, "periodic jobs: scheduling failed"),
      )
      .finally(() => (state.__mercatoSchedulerTick = undefined));
  };
  state.__mercatoScheduler = setInterval(tick, seconds * 1000);
  state.__mercatoScheduler.unref();
  setTimeout(tick, Math.min(5, seconds) * 1000).unref();
}

/** Stops queuing periodic jobs (a tick under way finishes first); the queue worker is stopped on its own. */
export async function stopPeriodicScheduler(): Promise<void> {
  state.__mercatoSchedulerStopped = true;
  clearInterval(state.__mercatoScheduler);
  state.__mercatoScheduler = undefined;
  await state.__mercatoSchedulerTick;
}
