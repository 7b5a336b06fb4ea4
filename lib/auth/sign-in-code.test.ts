import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { authTokens, mailOutbox, users } from "@/db/schema";
import { codeProvider } from "./code-provider";
import { hashPassword } from "./password";
import { signInWithCode } from "./mutations";
import { uniqueEmail, uniqueIp } from "./testing";
import { issueSignInCode, TOKEN_LIMITS } from "./tokens";
import { getUserByEmail } from "./users";

async function issue(email: string): Promise<string> {
  const issued = await issueSignInCode(email);
  if (!issued.ok) throw new Error(issued.error);
  return issued.token;
}

/** Lets the next code be issued at once (as if the last one was asked for a minute ago). */
async function ageCodes(email: string, interval = "1 minute") {
  await db
    .update(authTokens)
    .set({ createdAt: sql`created_at - ${interval}::interval` })
    .where(eq(authTokens.email, email));
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("e-mail sign-in codes", () => {
  it("stores only a hash of a 6-digit code valid for 10 minutes", async () => {
    const email = uniqueEmail("code");
    const code = await issue(email);
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await db
      .select({ tokenHash: authTokens.tokenHash, minutes: sql<number>`round(extract(epoch from expires_at - created_at) / 60)::int` })
      .from(authTokens)
      .where(eq(authTokens.email, email));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.tokenHash).not.toContain(code);
    // Keyed: the plain hash of the code with its e-mail (which a copy of the database would let anyone compute) is not it.
    expect(row!.tokenHash).not.toBe(createHash("sha256").update(`sign_in_code:${email}:${code}`).digest("hex"));
    expect(row!.minutes).toBe(TOKEN_LIMITS.codeTtlMinutes);
  });

  it("creates a verified, passwordless account for an unknown e-mail, and the code works only once", async () => {
    const email = uniqueEmail("newbie");
    const code = await issue(email);
    expect(await getUserByEmail(email)).toBeNull();
    const first = await signInWithCode(email.toUpperCase(), code);
    expect(first?.created).toBe(true);
    expect(first?.user).toMatchObject({ email, role: "customer", passwordHash: null });
    expect(first?.user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await signInWithCode(email, code)).toBeNull();
  });

  it("signs an existing verified account in without changing it", async () => {
    const email = uniqueEmail("existing");
    const [user] = await db
      .insert(users)
      .values({ email, name: "Existing", passwordHash: await hashPassword("existing-pass"), emailVerifiedAt: new Date() })
      .returning();
    const found = await signInWithCode(email, await issue(email));
    expect(found).toMatchObject({
      created: false,
      user: { id: user!.id, name: "Existing", passwordHash: user!.passwordHash, sessionVersion: user!.sessionVersion },
    });
  });

  it("counts wrong codes and stops the code after 5 of them", async () => {
    const email = uniqueEmail("guesser");
    const code = await issue(email);
    for (let i = 0; i < TOKEN_LIMITS.codeMaxAttempts; i++) expect(await signInWithCode(email, wrong(code))).toBeNull();
    const [row] = await db.select({ attempts: authTokens.attempts }).from(authTokens).where(eq(authTokens.email, email));
    expect(row!.attempts).toBe(5);
    expect(await signInWithCode(email, code)).toBeNull();
    expect(await getUserByEmail(email)).toBeNull();
  });

  it("accepts the right code after fewer than 5 wrong ones", async () => {
    const email = uniqueEmail("typo");
    const code = await issue(email);
    for (let i = 0; i < TOKEN_LIMITS.codeMaxAttempts - 1; i++) await signInWithCode(email, wrong(code));
    expect(await signInWithCode(email, code)).not.toBeNull();
  });

  it("refuses an expired code", async () => {
    const email = uniqueEmail("late");
    const code = await issue(email);
    await db
      .update(authTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(authTokens.email, email));
    expect(await signInWithCode(email, code)).toBeNull();
  });

  it("refuses another person's code", async () => {
    const a = uniqueEmail("alice");
    const b = uniqueEmail("bob");
    const codeA = await issue(a);
    await issue(b);
    expect(await signInWithCode(b, codeA)).toBeNull();
  });

  it("a new code replaces the previous one", async () => {
    const email = uniqueEmail("twice");
    const old = await issue(email);
    await ageCodes(email);
    const fresh = await issue(email);
    // Two random six-digit codes are equal one time in a million: then this test says so rather than passing vacuously.
    expect(fresh).not.toBe(old);
    expect(await signInWithCode(email, old)).toBeNull();
    expect(await signInWithCode(email, fresh)).not.toBeNull();
  });

  it("issues at most one code per 30 seconds and 5 per hour per e-mail", async () => {
    const email = uniqueEmail("spam");
    await issue(email);
    const tooSoon = await issueSignInCode(email);
    expect(tooSoon.ok).toBe(false);
    expect(!tooSoon.ok && tooSoon.error).toMatch(/You can ask for a new one in \d+ seconds?\./);
    for (let i = 1; i < TOKEN_LIMITS.perHour; i++) {
      await ageCodes(email);
      await issue(email);
    }
    await ageCodes(email);
    const hourly = await issueSignInCode(email);
    expect(!hourly.ok && hourly.error).toMatch(/5 codes in the last hour\. Try again in \d+ minutes?/);
    await ageCodes(email, "2 hours");
    expect((await issueSignInCode(email)).ok).toBe(true);
  });

  it("lets only one of two simultaneous requests through", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.all([issueSignInCode(email), issueSignInCode(email), issueSignInCode(email)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("the email-code provider is throttled like passwords; a success does not count", async () => {
    const { authorize } = (codeProvider as unknown as { options: CredentialsConfig }).options;
    const email = uniqueEmail("provider");
    const ip = uniqueIp();
    const request = new Request("http://localhost/api/auth/callback/email-code", { method: "POST", headers: { "x-forwarded-for": ip } });
    const code = await issue(email);
    await expect(authorize({ email, code: wrong(code) }, request)).rejects.toMatchObject({ code: "invalid" });
    const user = await authorize({ email, code }, request);
    expect(user).toMatchObject({ email, role: "customer" });
    const [welcome] = await db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, email), eq(mailOutbox.template, "welcome")));
    expect(welcome).toBeDefined();
    await ageCodes(email);
    const next = await issue(email);
    // One wrong try is counted, the success is not: four more wrong ones spend the account's five.
    for (let i = 0; i < 4; i++) await expect(authorize({ email, code: wrong(next) }, request)).rejects.toMatchObject({ code: "invalid" });
    await expect(authorize({ email, code: next }, request)).rejects.toMatchObject({ code: "throttled:15" });
  });

  it("20 parallel wrong codes: at most the account's limit of them are checked, the rest are refused unchecked", async () => {
    const { authorize } = (codeProvider as unknown as { options: CredentialsConfig }).options;
    const email = uniqueEmail("parallel");
    const code = await issue(email);
    const tries = Array.from({ length: 20 }, () => {
      const request = new Request("http://localhost/api/auth/callback/email-code", {
        method: "POST",
        headers: { "x-forwarded-for": uniqueIp() },
      });
      return Promise.resolve(authorize({ email, code: wrong(code) }, request)).then(
        () => "signed-in",
        (e: { code?: string }) => e.code ?? "error",
      );
    });
    const outcomes: string[] = await Promise.all(tries);
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(5);
    expect(outcomes.filter((o) => o.startsWith("throttled:"))).toHaveLength(15);
  });
});
