/**
 * `npm run worker [-- --once]`: the job queue's worker (lib/jobs/queue.ts: e-mails and the
 * periodic jobs of lib/jobs/periodic.ts) and the scheduler that queues those periodic jobs every
 * JOBS_INTERVAL_SECONDS, without the web server, on DATABASE_URL (else the embedded database).
 * Run it beside web instances started with WORKER=0; several may run at once.
 * SIGTERM or SIGINT stops it between jobs (those under way finish first).
 * `--once`: queue every periodic job now, run every job that is due, then exit (for cron-like schedulers).
 */
import { parseArgs } from "node:util";
import { env } from "../lib/env";

const { values } = parseArgs({ options: { once: { type: "boolean" } } });
const log = (message: string, error?: unknown) =>
  error ? console.error(`[worker] ${message}`, error) : console.info(`[worker] ${message}`);

let settings: ReturnType<typeof env>;
try {
  settings = env();
} catch (error) {
  console.error(`[worker] ${(error as Error).message}`);
  process.exit(1);
}
const seconds = settings.JOBS_INTERVAL_SECONDS;
if (seconds === 0 && !values.once) {
  console.error("[worker] JOBS_INTERVAL_SECONDS is 0 (periodic jobs disabled): set it to the pause between runs, or use --once.");
  process.exit(1);
}

const stopped = new Promise<string>((resolve) => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping after the jobs under way`);
      resolve(signal);
    });
  }
});

// Imported once the settings are known to be valid (some modules read them as they load).
const { prepareDatabase } = await import("../db/bootstrap");
const { closeDb } = await import("../db/index");
const { PERIODIC_JOBS, schedulePeriodicJobs } = await import("../lib/jobs/periodic");
const { startPeriodicScheduler, stopPeriodicScheduler } = await import("../lib/jobs/scheduler");
const { runQueueOnce, startQueueWorker, stopQueueWorker } = await import("../lib/jobs/queue");

const prepared = await prepareDatabase({ seedDemo: false });
try {
  if (values.once) {
    // A slot of one millisecond: this run queues every periodic job that is not already waiting.
    const queued = await schedulePeriodicJobs(new Date(), 0.001);
    log(`queued ${queued.length} of ${PERIODIC_JOBS.length} periodic jobs`);
    await runQueueOnce();
    log("queued jobs done");
  } else {
    log(`running the job queue; periodic jobs every ${seconds} s`);
    startQueueWorker();
    startPeriodicScheduler();
    await stopped;
    await stopPeriodicScheduler();
    await stopQueueWorker();
    log("stopped");
  }
} catch (error) {
  log("failed", error);
  process.exitCode = 1;
} finally {
  await closeDb();
  await prepared.stop();
}
