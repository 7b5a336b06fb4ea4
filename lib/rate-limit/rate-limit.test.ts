import { randomUUID } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";
import { consume, consumeAll, giveBack, clearLimit, LIMITS, retryIn, tooManyRequests } from ".";
import { pruneRateLimits } from "./prune";
import { closeRateLimitStore, createLimiter } from "./store";

const subject = (label: string) => `${label}-${randomUUID()}`;

afterAll(() => closeRateLimitStore());

describe("rate limits (the configured store: PostgreSQL unless REDIS_URL is set)", () => {
  it("lets `points` requests through per window, then refuses with the seconds left", async () => {
    const key = subject("suggest");
    for (let i = 0; i < LIMITS.suggest.points; i++) expect(await consume("suggest", key)).toEqual({ ok: true });
    const refused = await consume("suggest", key);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(!refused.ok && refused.retryAfterSeconds).toBeLessThanOrEqual(LIMITS.suggest.seconds);
    expect((await consume("suggest", subject("other"))).ok).toBe(true);
    expect((await consume("search", key)).ok).toBe(true);
  });

  it("refuses a subject over its limit from memory until its window ends, with no store write, until it is cleared", async () => {
    const key = subject("flood");
    for (let i = 0; i < LIMITS.trackNumber.points; i++) await consume("trackNumber", key);
    expect((await consume("trackNumber", key)).ok).toBe(false);
    // In PostgreSQL (the store unless REDIS_URL is set) the row's count stops at the first refusal.
    const count = async () =>
      process.env.REDIS_URL
        ? null
        : (
            await db
              .select({ points: rateLimits.points })
              .from(rateLimits)
              .where(eq(rateLimits.key, `trackNumber:${key}`))
          )[0]?.points;
    const before = await count();
    const flood = await Promise.all(Array.from({ length: 20 }, () => consume("trackNumber", key)));
    expect(flood.every((v) => !v.ok && v.retryAfterSeconds > 0)).toBe(true);
    expect(await count()).toBe(before);
    if (!process.env.REDIS_URL) expect(before).toBe(LIMITS.trackNumber.points + 1);
    await clearLimit("trackNumber", key);
    expect((await consume("trackNumber", key)).ok).toBe(true);
  });

  it("counts parallel requests atomically: of 40 at once only the limit pass", async () => {
    const key = subject("race");
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => consume("trackEmail", key)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(LIMITS.trackEmail.points);
  });

  it("gives a point back and clears a subject", async () => {
    const key = subject("reward");
    for (let i = 0; i < LIMITS.signInAccount.points; i++) await consume("signInAccount", key);
    await giveBack("signInAccount", key);
    expect((await consume("signInAccount", key)).ok).toBe(true);
    expect((await consume("signInAccount", key)).ok).toBe(false);
    await clearLimit("signInAccount", key);
    expect((await consume("signInAccount", key)).ok).toBe(true);
  });

  it("refuses several limits together when any is spent, with the longest wait", async () => {
    const email = subject("signup");
    for (let i = 0; i < LIMITS.signUpEmail.points; i++) await consume("signUpEmail", email);
    const verdict = await consumeAll([
      ["signUpAddress", subject("ip")],
      ["signUpEmail", email],
    ]);
    expect(verdict.ok).toBe(false);
  });

  it("answers a refused route with 429 and Retry-After", async () => {
    const response = tooManyRequests(90);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("90");
    expect(await response.json()).toEqual({ error: "Too many requests. Try again in 2 minutes." });
    expect(retryIn(1)).toBe("Try again in 1 second.");
  });
});

describe("rate limits in PostgreSQL", () => {
  it("keeps one row per subject in rate_limits, shared by every instance", async () => {
    const key = subject("pg");
    const a = createLimiter("trackNumber", undefined);
    const b = createLimiter("trackNumber", undefined); // another instance
    for (let i = 0; i < 3; i++) await a.consume(key);
    for (let i = 0; i < 2; i++) await b.consume(key);
    await expect(a.consume(key)).rejects.toMatchObject({ remainingPoints: 0 });
    const rows = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `trackNumber:${key}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.points).toBe(6);
    expect(await db.$count(rateLimits, like(rateLimits.key, `%${key}%`))).toBe(1);
  });

  it("the periodic job deletes windows that ended over an hour ago and keeps the others", async () => {
    const old = `search:${subject("old")}`;
    const recent = `search:${subject("recent")}`;
    await db.insert(rateLimits).values([
      { key: old, points: 3, expire: Date.now() - 3_700_000 },
      { key: recent, points: 3, expire: Date.now() - 60_000 },
    ]);
    expect(await pruneRateLimits()).toBeGreaterThanOrEqual(1);
    const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, "search:%"));
    expect(left.map((r) => r.key)).toContain(recent);
    expect(left.map((r) => r.key)).not.toContain(old);
  });
});

// The machine's Redis when `npm test` found one (TEST_REDIS_URL), or the configured one.
const redisUrl = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("rate limits in Redis (REDIS_URL, or the machine's Redis)", () => {
  it("shares counts between instances and counts parallel requests atomically", async () => {
    const key = subject("redis");
    const a = createLimiter("trackEmail", redisUrl);
    const b = createLimiter("trackEmail", redisUrl);
    const verdicts = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).consume(key)));
    expect(verdicts.filter((v) => v.status === "fulfilled")).toHaveLength(LIMITS.trackEmail.points);
    expect(await db.$count(rateLimits, like(rateLimits.key, `%${key}%`))).toBe(0);
  });
});
