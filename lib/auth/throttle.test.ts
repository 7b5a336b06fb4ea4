import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";
import { uniqueEmail, uniqueIp } from "./test-helpers";
import { checkSignInThrottle, recordSignInAttempt, THROTTLE } from "./throttle";

describe("sign-in throttle", () => {
  it("blocks an account after 5 failures in 15 minutes, saying how many minutes to wait", async () => {
    const email = uniqueEmail("throttle");
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await recordSignInAttempt(email, uniqueIp(), false);
    expect(await checkSignInThrottle(email, uniqueIp())).toEqual({ blocked: false });
    await recordSignInAttempt(email, uniqueIp(), false);
    const verdict = await checkSignInThrottle(email, uniqueIp());
    expect(verdict).toEqual({ blocked: true, retryAfterMinutes: 15 });
  });

  it("does not count successes, nor failures older than the window", async () => {
    const email = uniqueEmail("throttle-old");
    for (let i = 0; i < 10; i++) await recordSignInAttempt(email, uniqueIp(), true);
    for (let i = 0; i < THROTTLE.perAccount; i++) await recordSignInAttempt(email, uniqueIp(), false);
    await db
      .update(signInAttempts)
      .set({ createdAt: sql`now() - interval '16 minutes'` })
      .where(eq(signInAttempts.email, email));
    expect(await checkSignInThrottle(email, uniqueIp())).toEqual({ blocked: false });
  });

  it("counts down from the oldest failure in the window", async () => {
    const email = uniqueEmail("throttle-count");
    for (let i = 0; i < THROTTLE.perAccount; i++) await recordSignInAttempt(email, uniqueIp(), false);
    await db
      .update(signInAttempts)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(eq(signInAttempts.email, email));
    expect(await checkSignInThrottle(email, uniqueIp())).toEqual({ blocked: true, retryAfterMinutes: 4 });
  });

  it("blocks a client address after 20 failures across many accounts, but not other addresses", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < THROTTLE.perAddress - 1; i++) await recordSignInAttempt(uniqueEmail("spray"), ip, false);
    const victim = uniqueEmail("victim");
    expect((await checkSignInThrottle(victim, ip)).blocked).toBe(false);
    await recordSignInAttempt(uniqueEmail("spray"), ip, false);
    expect((await checkSignInThrottle(victim, ip)).blocked).toBe(true);
    expect((await checkSignInThrottle(victim, uniqueIp())).blocked).toBe(false);
  });
});
