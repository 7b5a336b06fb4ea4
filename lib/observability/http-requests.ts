import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { lifecycle } from "@/lib/ops/lifecycle";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { routeGroup } from "./route-group";

export const REQUEST_ID_HEADER = "x-request-id";
// What a proxy's id may look like (UUIDs, AWS/Heroku/nginx ids): anything else is replaced by ours.
const REQUEST_ID = /^[\w.:@-]{8,128}$/;
const QUIET = new Set(["/api/health", "/api/health/ready", "/metrics"]);

/** The proxy's request id when a trusted proxy sits in front (TRUSTED_PROXY_HOPS > 0), else a new one. */
export function requestIdFor(sent: string | string[] | undefined, trustedProxy: boolean): string {
  const value = Array.isArray(sent) ? sent[0] : sent;
  return trustedProxy && value && REQUEST_ID.test(value) ? value : randomUUID();
}

const holder = globalThis as unknown as { __mercatoHttpRequests?: boolean };

/**
 * Times every request of this process, counts those in flight (for metrics and
 * the graceful shutdown) and gives each a request id: set on the request (so
 * onRequestError and app code read it from `x-request-id`) and on the response,
 * and logged with the duration when the response closes. Node announces each
 * request on this channel before Next's handler runs; the response's `close`
 * event fires for finished and aborted responses alike, so none stays in flight.
 */
export function observeHttpRequests(): void {
  if (holder.__mercatoHttpRequests) return;
  holder.__mercatoHttpRequests = true;
  const m = metrics();
  const state = lifecycle();
  const trustedProxy = env().TRUSTED_PROXY_HOPS > 0;
  subscribe("http.server.request.start", (message) => {
    const { request, response, server } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
    const started = performance.now();
    const url = request.url ?? "/";
    const path = url.split("?", 1)[0] ?? "/";
    // Probes and scrapes are not waited for by the shutdown's drain: a load balancer polling
    // readiness must not keep a draining instance alive (server.close still lets them finish).
    const drained = !QUIET.has(path);
    state.servers.add(server);
    if (drained) state.inFlight++;
    m.httpInFlight.inc();
    const id = requestIdFor(request.headers[REQUEST_ID_HEADER], trustedProxy);
    request.headers[REQUEST_ID_HEADER] = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    // After a SIGTERM, tell keep-alive clients to reconnect (to another instance) after this answer.
    if (state.shuttingDown) response.setHeader("connection", "close");
    // Next adds up to Node's default of 10 `close` listeners to a response itself: ours is one more, not a leak.
    response.setMaxListeners(response.getMaxListeners() + 1);
    response.once("close", () => {
      if (drained) state.inFlight--;
      m.httpInFlight.dec();
      const seconds = (performance.now() - started) / 1000;
      const status = response.writableFinished ? response.statusCode : 0; // 0: the client went away first
      m.httpDuration.observe({ group: routeGroup(url), method: methodLabel(request.method), status: statusClass(status) }, seconds);
      const line = { reqId: id, method: request.method, path, status, ms: Math.round(seconds * 10_000) / 10 };
      if (!drained) logger().debug(line, "request");
      else logger().info(line, "request");
    });
  });
}

function methodLabel(method: string | undefined): string {
  return method === "GET" || method === "HEAD" || method === "POST" ? method : "other";
}

function statusClass(status: number): string {
  return status === 0 ? "aborted" : `${Math.floor(status / 100)}xx`;
}
