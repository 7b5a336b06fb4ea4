import "server-only";
import { createHash } from "node:crypto";
import type { LimitName } from "./limits";
import { limiter } from "./store";

export { LIMITS, type LimitName } from "./limits";

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Keys stay short (the table's key is 255 characters): a long subject is hashed. */
function subject(key: string): string {
  const k = key.trim().toLowerCase() || "unknown";
  return k.length <= 200 ? k : createHash("sha256").update(k).digest("hex");
}

/**
 * Counts one request of `key` against the limit `name` and says whether it may
 * go on. Counting and checking are one atomic step in the store, so parallel
 * requests can never pass the limit together.
 */
export async function consume(name: LimitName, key: string): Promise<LimitVerdict> {
  try {
    await limiter(name).consume(subject(key));
    return { ok: true };
  } catch (e) {
    if (isRefusal(e)) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    throw e;
  }
}

/**
 * A refusal is a RateLimiterRes; a store failure is an Error. Not `instanceof`:
 * the limiters are shared through globalThis by every server bundle (routes,
 * pages, proxy), and each bundle has its own copy of the library's classes.
 */
function isRefusal(e: unknown): e is { msBeforeNext: number } {
  return typeof e === "object" && e !== null && !(e instanceof Error) && typeof (e as { msBeforeNext?: unknown }).msBeforeNext === "number";
}

/**
 * Counts one request against several limits (e.g. per account and per
 * address); refused when any of them is spent, with the longest wait.
 */
export async function consumeAll(checks: ReadonlyArray<readonly [LimitName, string]>): Promise<LimitVerdict> {
  const verdicts = await Promise.all(checks.map(([name, key]) => consume(name, key)));
  const waits = verdicts.flatMap((v) => (v.ok ? [] : [v.retryAfterSeconds]));
  return waits.length === 0 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(...waits) };
}

/** Gives a counted request back (a sign-in that succeeded, a look-up that matched). */
export async function giveBack(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(subject(key), 1);
}

/** Clears `key`'s count of `name` (the owner proved the e-mail, e.g. by a reset link). */
export async function clearLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(subject(key));
}

/** "Try again in 3 minutes." / "Try again in 40 seconds." */
export function retryIn(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) return `Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The answer of a route handler to a refused request: 429 with Retry-After. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { error: `Too many requests. ${retryIn(retryAfterSeconds)}` },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

/** The same for a page: a short HTML page a person can read. */
export function tooManyRequestsPage(retryAfterSeconds: number): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests</title></head><body><main><h1>Too many requests</h1><p>You have sent many requests in a short time. ${retryIn(retryAfterSeconds)}</p></main></body></html>`;
  return new Response(body, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
