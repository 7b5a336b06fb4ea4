import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { appendPeerAddressToForwardedFor } = await import("./lib/http/peer-address");
  appendPeerAddressToForwardedFor(); // client addresses for rate limits (lib/auth/client-ip.ts)
  const { env } = await import("./lib/env");
  const settings = env(); // fail fast, with every problem listed, on a bad configuration
  if (settings.OTEL_EXPORTER_OTLP_ENDPOINT || settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    // Next's own spans (requests, renders, fetches) exported over OTLP; nothing at all without an endpoint.
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: settings.OTEL_SERVICE_NAME });
  }
  const { metrics } = await import("./lib/observability/metrics");
  metrics(); // before the first request, so the cache handler's first reads are counted
  const { observeHttpRequests } = await import("./lib/observability/http-requests");
  observeHttpRequests(); // request ids, durations, in-flight count (metrics and graceful shutdown)
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase();
  if (process.env.VITEST) return;
  const { handleShutdownSignals } = await import("./lib/ops/shutdown");
  handleShutdownSignals(); // SIGTERM: not ready, drain, stop jobs, close the pool, exit 0
  // WORKER=0: a separate `npm run worker` (scripts/worker.ts) schedules the periodic jobs and runs the queue.
  if (settings.WORKER === "0") return;
  const { startQueueWorker } = await import("./lib/jobs/queue");
  startQueueWorker(); // the job queue: e-mails and periodic jobs, with retries and a dead letter (/admin/jobs)
  const { startPeriodicScheduler } = await import("./lib/jobs/scheduler");
  startPeriodicScheduler(); // queues the periodic jobs (unpaid orders, idle carts, alerts…) once per interval for the fleet
}

/** Every error Next catches (render, route handler, action), logged with its digest and request id (lib/observability/request-error.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/observability/request-error");
  logRequestError(error, request, context);
};
