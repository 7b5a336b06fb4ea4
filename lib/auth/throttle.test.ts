import { describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/rate-limit";
import { uniqueEmail, uniqueIp } from "./testing";
import { beginSignInAttempt, signInSucceeded } from "./throttle";

describe("sign-in throttle", () => {
  it("blocks an account after 5 failed attempts in 15 minutes, saying how many minutes to wait", async () => {
    const email = uniqueEmail("throttle");
    for (let i = 0; i < LIMITS.signInAccount.points; i++) expect(await beginSignInAttempt(email, uniqueIp())).toEqual({ blocked: false });
    expect(await beginSignInAttempt(email, uniqueIp())).toEqual({ blocked: true, retryAfterMinutes: 15 });
  });

  it("does not count attempts that succeeded", async () => {
    const email = uniqueEmail("throttle-ok");
    for (let i = 0; i < 10; i++) {
      const ip = uniqueIp();
      expect((await beginSignInAttempt(email, ip)).blocked).toBe(false);
      await signInSucceeded(email, ip);
    }
  });

  it("lets at most 5 of 20 parallel attempts on one account through", async () => {
    const email = uniqueEmail("throttle-race");
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => beginSignInAttempt(email, uniqueIp())));
    expect(verdicts.filter((v) => !v.blocked)).toHaveLength(LIMITS.signInAccount.points);
  });

  it("blocks a client address after 20 failures across many accounts, but not other addresses", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < LIMITS.signInAddress.points; i++) expect((await beginSignInAttempt(uniqueEmail("spray"), ip)).blocked).toBe(false);
    const victim = uniqueEmail("victim");
    expect((await beginSignInAttempt(victim, ip)).blocked).toBe(true);
    expect((await beginSignInAttempt(victim, uniqueIp())).blocked).toBe(false);
  });
});
