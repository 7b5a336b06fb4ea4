import { and, eq, sql } from "drizzle-orm";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { smsCodes, users } from "@/db/schema";
import { uniqueEmail, uniqueIp } from "../testing";
import { issueSmsCode } from "./codes";
import { signInWithPhoneCode, verifyOwnPhone } from "./mutations";
import { phoneCodeProvider } from "./provider";
import { isPhoneAccountEmail, SMS_CODE_LIMITS, type SmsCodePurpose } from "./rules";

/** A Chinese mobile number no other test uses. */
const uniquePhone = () => `+86138${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function issue(phone: string, purpose: SmsCodePurpose = "sign_in", userId: string | null = null): Promise<string> {
  const issued = await issueSmsCode(purpose, phone, userId);
  if (!issued.ok) throw new Error(`refused: ${issued.reason}`);
  return issued.code;
}

/** Lets the next code be issued at once (as if the last one was asked for `interval` ago). */
async function ageCodes(phone: string, interval = "1 minute") {
  await db
    .update(smsCodes)
    .set({ createdAt: sql`created_at - ${interval}::interval` })
    .where(eq(smsCodes.phone, phone));
}

async function verifiedAccount(phone: string | null = null) {
  const [user] = await db
    .insert(users)
    .values({
      email: uniqueEmail("phone-holder"),
      name: "Holder",
      emailVerifiedAt: new Date(),
      phone,
      phoneVerifiedAt: phone ? new Date() : null,
    })
    .returning();
  return user!;
}

describe("SMS sign-in codes", () => {
  it("stores only a hash of a 6-digit code valid for 10 minutes", async () => {
    const phone = uniquePhone();
    const code = await issue(phone);
    const [row] = await db
      .select({ hash: smsCodes.codeHash, minutes: sql<number>`round(extract(epoch from expires_at - created_at) / 60)::int` })
      .from(smsCodes)
      .where(eq(smsCodes.phone, phone));
    expect(row!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.hash).not.toContain(code);
    expect(row!.minutes).toBe(SMS_CODE_LIMITS.ttlMinutes);
  });

  it("creates a phone account with a verified number on first use, and the code works once", async () => {
    const phone = uniquePhone();
    const code = await issue(phone);
    const first = await signInWithPhoneCode(phone, code, "  Li Lei ");
    expect(first?.created).toBe(true);
    expect(first?.user).toMatchObject({ phone, name: "Li Lei", role: "customer", passwordHash: null, emailVerifiedAt: null });
    expect(first?.user.phoneVerifiedAt).toBeInstanceOf(Date);
    expect(isPhoneAccountEmail(first!.user.email)).toBe(true);
    expect(await signInWithPhoneCode(phone, code)).toBeNull();
    await ageCodes(phone);
    const again = await signInWithPhoneCode(phone, await issue(phone));
    expect(again).toMatchObject({ created: false, user: { id: first!.user.id } });
  });

  it("counts wrong codes and stops the code after 5", async () => {
    const phone = uniquePhone();
    const code = await issue(phone);
    for (let i = 0; i < SMS_CODE_LIMITS.maxAttempts; i++) expect(await signInWithPhoneCode(phone, wrong(code))).toBeNull();
    expect(await signInWithPhoneCode(phone, code)).toBeNull();
  });

  it("refuses an expired code, another number's code, and a replaced code", async () => {
    const phone = uniquePhone();
    const code = await issue(phone);
    await db
      .update(smsCodes)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(smsCodes.phone, phone));
    expect(await signInWithPhoneCode(phone, code)).toBeNull();

    const [a, b] = [uniquePhone(), uniquePhone()];
    const codeA = await issue(a);
    await issue(b);
    expect(await signInWithPhoneCode(b, codeA)).toBeNull();

    await ageCodes(a);
    const fresh = await issue(a);
    expect(fresh).not.toBe(codeA);
    expect(await signInWithPhoneCode(a, codeA)).toBeNull();
    expect(await signInWithPhoneCode(a, fresh)).not.toBeNull();
  });

  it("a sign-in code does not verify a number, nor a verify code sign in", async () => {
    const phone = uniquePhone();
    const user = await verifiedAccount();
    const signInCode = await issue(phone);
    expect(await verifyOwnPhone(user.id, phone, signInCode)).toEqual({ ok: false, reason: "wrong-code" });
    await ageCodes(phone);
    const verifyCode = await issue(phone, "verify", user.id);
    expect(await signInWithPhoneCode(phone, verifyCode)).toBeNull();
  });

  it("issues at most one code per 30 seconds and 5 per hour per number", async () => {
    const phone = uniquePhone();
    await issue(phone);
    expect(await issueSmsCode("sign_in", phone)).toMatchObject({ ok: false, reason: "too-soon" });
    for (let i = 1; i < SMS_CODE_LIMITS.perHour; i++) {
      await ageCodes(phone);
      await issue(phone);
    }
    await ageCodes(phone);
    expect(await issueSmsCode("sign_in", phone)).toMatchObject({ ok: false, reason: "too-many", perHour: 5 });
    // The hourly count is per number whatever the purpose, so an account page cannot text a stranger more.
    expect(await issueSmsCode("verify", phone, (await verifiedAccount()).id)).toMatchObject({ ok: false, reason: "too-many" });
    await ageCodes(phone, "2 hours");
    expect((await issueSmsCode("sign_in", phone)).ok).toBe(true);
  });

  it("lets only one of simultaneous code requests through", async () => {
    const phone = uniquePhone();
    const results = await Promise.all([1, 2, 3].map(() => issueSmsCode("sign_in", phone)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("two simultaneous sign-ins with one code: exactly one succeeds, and one account is made", async () => {
    const phone = uniquePhone();
    const code = await issue(phone);
    const results = await Promise.all([
      signInWithPhoneCode(phone, code),
      signInWithPhoneCode(phone, code),
      signInWithPhoneCode(phone, code),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const accounts = await db.select({ id: users.id }).from(users).where(eq(users.phone, phone));
    expect(accounts).toHaveLength(1);
  });

  it("two simultaneous verifications of one code: exactly one succeeds", async () => {
    const phone = uniquePhone();
    const user = await verifiedAccount();
    const code = await issue(phone, "verify", user.id);
    const results = await Promise.all([verifyOwnPhone(user.id, phone, code), verifyOwnPhone(user.id, phone, code)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("verified numbers", () => {
  it("a number typed on an account but never verified does not sign in to it, and loses the claim", async () => {
    const phone = uniquePhone();
    const [claimer] = await db
      .insert(users)
      .values({ email: uniqueEmail("claimer"), phone })
      .returning();
    const found = await signInWithPhoneCode(phone, await issue(phone));
    expect(found?.created).toBe(true);
    expect(found?.user.id).not.toBe(claimer!.id);
    const [after] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, claimer!.id));
    expect(after!.phone).toBeNull();
  });

  it("adds a verified number to an e-mail account, which then signs in by phone", async () => {
    const phone = uniquePhone();
    const user = await verifiedAccount();
    const code = await issue(phone, "verify", user.id);
    expect(await verifyOwnPhone(user.id, phone, wrong(code))).toEqual({ ok: false, reason: "wrong-code" });
    expect(await verifyOwnPhone(user.id, phone, code)).toEqual({ ok: true });
    await ageCodes(phone);
    const found = await signInWithPhoneCode(phone, await issue(phone));
    expect(found).toMatchObject({ created: false, user: { id: user.id, email: user.email, phone } });
  });

  it("another account's code does not verify a number here; a number verified elsewhere is refused", async () => {
    const phone = uniquePhone();
    const [mine, theirs] = [await verifiedAccount(), await verifiedAccount()];
    const theirCode = await issue(phone, "verify", theirs.id);
    expect(await verifyOwnPhone(mine.id, phone, theirCode)).toEqual({ ok: false, reason: "wrong-code" });
    expect(await verifyOwnPhone(theirs.id, phone, theirCode)).toEqual({ ok: true });
    await ageCodes(phone);
    const code = await issue(phone, "verify", mine.id);
    expect(await verifyOwnPhone(mine.id, phone, code)).toEqual({ ok: false, reason: "taken" });
  });

  it("the database holds one verified account per number, and only E.164", async () => {
    const phone = uniquePhone();
    await verifiedAccount(phone);
    await expect(verifiedAccount(phone)).rejects.toThrow();
    await expect(db.insert(users).values({ email: uniqueEmail("bad"), phone: "138 0013 8000" })).rejects.toThrow();
    await expect(db.insert(users).values({ email: uniqueEmail("bad"), phoneVerifiedAt: new Date() })).rejects.toThrow();
  });
});

describe("the phone-code provider", () => {
  const { authorize } = (phoneCodeProvider as unknown as { options: CredentialsConfig }).options;
  const request = (ip = uniqueIp()) =>
    new Request("http://localhost/api/auth/callback/phone-code", { method: "POST", headers: { "x-forwarded-for": ip } });

  it("signs in with the number as typed and is throttled per number like e-mail codes; a success does not count", async () => {
    const phone = uniquePhone();
    const typed = `${phone.slice(3, 6)} ${phone.slice(6, 10)} ${phone.slice(10)}`;
    const code = await issue(phone);
    await expect(authorize({ phone: typed, code: wrong(code) }, request())).rejects.toMatchObject({ code: "invalid" });
    expect(await authorize({ phone: typed, code, name: "Han Meimei" }, request())).toMatchObject({ name: "Han Meimei", role: "customer" });
    await ageCodes(phone);
    const next = await issue(phone);
    for (let i = 0; i < 4; i++) await expect(authorize({ phone, code: wrong(next) }, request())).rejects.toMatchObject({ code: "invalid" });
    await expect(authorize({ phone, code: next }, request())).rejects.toMatchObject({ code: "throttled:15" });
  });

  it("20 parallel wrong codes: only the number's 5 are checked", async () => {
    const phone = uniquePhone();
    const code = await issue(phone);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        Promise.resolve(authorize({ phone, code: wrong(code) }, request())).then(
          () => "signed-in",
          (e: { code?: string }) => e.code ?? "error",
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(5);
    expect(outcomes.filter((o) => o.startsWith("throttled:"))).toHaveLength(15);
    const [row] = await db
      .select({ attempts: smsCodes.attempts })
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, phone)));
    expect(row!.attempts).toBe(5);
  });
});
