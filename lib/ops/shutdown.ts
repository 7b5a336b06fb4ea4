import { closeDb } from "@/db";
import { env, isProduction } from "@/lib/env";
import { stopQueueWorker } from "@/lib/jobs/queue";
import { stopPeriodicScheduler } from "@/lib/jobs/scheduler";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { lifecycle } from "./lifecycle";

const holder = globalThis as unknown as { __mercatoShutdown?: boolean };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Graceful stop on SIGTERM (and SIGINT), instead of Next's own handler, which
 * closes the listening socket at once (connections still in the accept queue
 * are reset) and exits 143. Needs NEXT_MANUAL_SIG_HANDLE=1 in the environment
 * (`npm start` sets it): Next reads it before this code loads.
 *
 * 1. Report not ready (/api/health/ready answers 503) and keep serving, so a
 *    load balancer sees it and in-flight requests go on.
 * 2. Stop queuing periodic jobs, and stop the queue worker between jobs (the current ones finish).
 * 3. Wait until no request is in flight, then stop listening and close idle
 *    keep-alive connections.
 * 4. Close the database pool and exit 0. Past SHUTDOWN_GRACE_SECONDS, whatever
 *    is left is cut and the exit code is 1.
 */
export function handleShutdownSignals(): void {
  if (holder.__mercatoShutdown) return;
  holder.__mercatoShutdown = true;
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
    // `next dev` and a bare `next start`: Next's own handler stays (npm start sets the variable).
    if (isProduction()) logger().warn("NEXT_MANUAL_SIG_HANDLE is not set: Next handles SIGTERM itself, without a drain");
    return;
  }
  process.once("SIGTERM", () => void shutDown("SIGTERM"));
  process.once("SIGINT", () => void shutDown("SIGINT"));
}

async function shutDown(signal: string): Promise<void> {
  const state = lifecycle();
  const graceMs = env().SHUTDOWN_GRACE_SECONDS * 1000;
  const log = logger();
  state.shuttingDown = true;
  metrics().shuttingDown.set(1);
  log.info({ signal, inFlight: state.inFlight, graceSeconds: graceMs / 1000 }, "shutdown: draining");
  const forced = setTimeout(() => {
    log.error({ inFlight: state.inFlight }, "shutdown: grace period over, requests still in flight are cut");
    for (const server of state.servers) server.closeAllConnections();
    process.exit(1);
  }, graceMs);
  forced.unref();

  const jobs = Promise.all([stopPeriodicScheduler(), stopQueueWorker()]);
  await untilIdle(state);
  await Promise.all(
    [...state.servers].map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    ),
  );
  await jobs;
  await closeDb().catch((e: unknown) => log.error({ err: e }, "shutdown: closing the database pool failed"));
  log.info("shutdown: done");
  // pino writes to stdout synchronously by default: nothing is lost here.
  process.exit(0);
}

/** Resolves once no request has been in flight for two checks in a row (a request may be between accept and parse). */
async function untilIdle(state: { inFlight: number }): Promise<void> {
  let quiet = 0;
  while (quiet < 2) {
    await sleep(50);
    quiet = state.inFlight === 0 ? quiet + 1 : 0;
  }
}
