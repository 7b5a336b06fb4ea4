import { safeNextPath } from "./next-path";

/** Set by proxy.ts on back-office requests: the path (and query) the browser asked for. */
export const REQUEST_PATH_HEADER = "x-mercato-path";

/** The requested path from the proxy's header, if it is a safe place to come back to; else `fallback`. */
export function requestedPath(headers: Headers, fallback: string): string {
  return safeNextPath(headers.get(REQUEST_PATH_HEADER), fallback);
}
