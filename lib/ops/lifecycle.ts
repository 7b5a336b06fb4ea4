import type { Server } from "node:http";

/**
 * This process's serving state, shared (globalThis) by the request hook
 * (lib/observability/http-requests.ts), the readiness route and the shutdown
 * (./shutdown.ts), which live in different bundles.
 */
/** inFlight: requests the shutdown waits for (all but health probes and metric scrapes). */
type Lifecycle = { shuttingDown: boolean; inFlight: number; servers: Set<Server> };

const holder = globalThis as unknown as { __mercatoLifecycle?: Lifecycle };

export function lifecycle(): Lifecycle {
  holder.__mercatoLifecycle ??= { shuttingDown: false, inFlight: 0, servers: new Set() };
  return holder.__mercatoLifecycle;
}

/** True once SIGTERM (or SIGINT) arrived: the instance drains and reports not ready. */
export function isShuttingDown(): boolean {
  return lifecycle().shuttingDown;
}
