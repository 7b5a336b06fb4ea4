const AUTH_PAGES = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/api/auth"];

/**
 * Where to go after signing in: `next` when it is a path on this site (one
 * leading "/", not "//" or "/\", no control characters, not an auth page),
 * else `fallback`. Guards against open redirects through `?next=`.
 */
export function safeNextPath(next: unknown, fallback = "/account"): string {
  if (typeof next !== "string" || next.length > 2000) return fallback;
  if (!/^\/(?![/\\])/.test(next) || /[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, "http://site.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://site.invalid") return fallback;
  if (AUTH_PAGES.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `path` with `?next=` appended when `next` is not the default destination. */
export function withNext(path: string, next: string): string {
  return next === "/account" ? path : `${path}?next=${encodeURIComponent(next)}`;
}
