import { env } from "@/lib/env";

/**
 * The client's address from X-Forwarded-For, counted from the right: every
 * request's own socket address is appended to that header when it arrives
 * (lib/http/peer-address.ts), so the right-most entry is the peer that
 * connected to this server, and each trusted proxy in front of it adds one
 * entry to its left. Entries further left were written by the client and are
 * never believed. "unknown" when there is none.
 */
export function clientIpFrom(headers: Headers, trustedHops: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const entry = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return entry.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

/** The caller's address for rate limits, behind TRUSTED_PROXY_HOPS proxies. */
export function clientIp(headers: Headers): string {
  return clientIpFrom(headers, env().TRUSTED_PROXY_HOPS);
}
