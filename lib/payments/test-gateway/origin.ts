/**
 * This server's own origin as the request reached it (Host + X-Forwarded-Proto),
 * so the gateway can call the shop on whatever port it runs; `fallback` when the
 * Host header is missing or not a plain host[:port].
 */
export function requestOrigin(headers: Headers, fallback: string): string {
  const host = headers.get("host");
  if (!host || !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)) return fallback.replace(/\/$/, "");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
