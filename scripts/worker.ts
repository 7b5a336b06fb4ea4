/**
 * `npm run worker [-- --once]`: the periodic jobs (lib/jobs/runner.ts) without
 * the web server, every JOBS_INTERVAL_SECONDS, and the job queue's worker
 * (lib/jobs/queue.ts: e-mails), on DATABASE_URL (else the embedded database).
 * Run it beside web instances started with WORKER=0; several may run at once.
 * SIGTERM or SIGINT stops it between sweeps and jobs (those under way finish first).
 * `--once`: one sweep and every queued job that is due, then exit (for cron-like schedulers).
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
  console.error("[worker] JOBS_INTERVAL_SECONDS is 0 (jobs disabled): set it to the pause between sweeps, or use --once.");
  process.exit(1);
}

const stop = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping after the current sweep`);
    stop.abort();
  });
}

// Imported once the settings are known to be valid (some modules read them as they load).
const { prepareDatabase } = await import("../db/bootstrap");
const { closeDb } = await import("../db/index");
const { runJobsOnce } = await import("../lib/jobs/runner");
const { runWorkerLoop } = await import("../lib/jobs/worker-loop");
const { runQueueOnce, startQueueWorker, stopQueueWorker } = await import("../lib/jobs/queue");

const prepared = await prepareDatabase({ seedDemo: false });
try {
  if (values.once) {
    log((await runJobsOnce()) ? "sweep done" : "another instance holds the sweep: skipped");
    await runQueueOnce();
    log("queued jobs done");
  } else {
    log(`running the periodic jobs every ${seconds} s, and the job queue`);
    startQueueWorker();
    try {
      const { sweeps } = await runWorkerLoop({ sweep: runJobsOnce, intervalMs: seconds * 1000, signal: stop.signal, log });
      log(`stopped after ${sweeps} sweep(s)`);
    } finally {
      await stopQueueWorker();
    }
  }
} catch (error) {
  log("failed", error);
  process.exitCode = 1;
} finally {
  await closeDb();
  await prepared.stop();
}
