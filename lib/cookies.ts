import "server-only";
import { cookies } from "next/headers";
import { env, nodeEnv } from "@/lib/env";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The one `secure` rule for every cookie the shop writes (and next-auth's):
 * on when SITE_URL is https; on in production unless SITE_URL is an http
 * localhost/127.0.0.1 address (a production build tried on one machine);
 * off otherwise (development over http).
 */
export function secureCookieRule(siteUrl: string, nodeEnv: string): boolean {
  const url = new URL(siteUrl);
  if (url.protocol === "https:") return true;
  return nodeEnv === "production" && !LOOPBACK.has(url.hostname);
}

/** Whether cookies are `Secure` for this server's configuration. */
export function secureCookies(): boolean {
  return secureCookieRule(env().SITE_URL, nodeEnv());
}

/** Writes a first-party cookie: httpOnly, SameSite=Lax, whole site, `Secure` by the one rule. Only in actions and route handlers. */
export async function setCookie(name: string, value: string, maxAgeSeconds: number): Promise<void> {
  const jar = await cookies();
  jar.set(name, value, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/", maxAge: maxAgeSeconds });
}
