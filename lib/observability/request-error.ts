import { logger } from "./logger";

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type RouteInfo = { routePath: string; routeType: string };

/**
 * Logs an error Next caught (instrumentation's onRequestError) with its digest —
 * the "Reference" app/error.tsx and app/global-error.tsx show — and the request
 * id, so a reference a shopper or merchant reads out leads to the request's log
 * lines. The query string is left out: it may hold tokens (sign-in links).
 */
export function logRequestError(error: unknown, request: RequestInfo, context: RouteInfo): void {
  const err: Error & { digest?: string } = error instanceof Error ? error : new Error(String(error));
  logger().error(
    {
      err,
      digest: err.digest,
      reqId: request.headers["x-request-id"],
      method: request.method,
      path: request.path.split("?", 1)[0],
      route: context.routePath,
      kind: context.routeType,
    },
    "request failed",
  );
}
