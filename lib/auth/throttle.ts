import "server-only";
import { and, count, eq, gt, lt, min } from "drizzle-orm";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";

export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterMinutes: number };

/** Whether sign-in for this e-mail or client address is paused after too many recent failures. */
export async function checkSignInThrottle(email: string, ip: string): Promise<ThrottleVerdict> {
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const failures = (col: typeof signInAttempts.email | typeof signInAttempts.ip, value: string) =>
    db
      .select({ n: count(), oldest: min(signInAttempts.createdAt) })
      .from(signInAttempts)
      .where(and(eq(col, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
  const [[byAccount], [byAddress]] = await Promise.all([failures(signInAttempts.email, email), failures(signInAttempts.ip, ip)]);
  const over = [
    byAccount && byAccount.n >= THROTTLE.perAccount ? byAccount.oldest : null,
    byAddress && byAddress.n >= THROTTLE.perAddress ? byAddress.oldest : null,
  ].filter((d): d is Date => d instanceof Date);
  if (over.length === 0) return { blocked: false };
  const freeAt = Math.max(...over.map((d) => d.getTime())) + THROTTLE.windowMinutes * 60_000;
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000)) };
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}

/** Drops attempts older than a day (called by the periodic job). */
export async function pruneSignInAttempts(): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, new Date(Date.now() - 86_400_000)));
}
