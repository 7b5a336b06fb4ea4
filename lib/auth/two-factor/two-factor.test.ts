import { eq } from "drizzle-orm";
import type { Session } from "next-auth";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { generateSync } from "otplib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { recoveryCodes, users } from "@/db/schema";
import { createPasswordAccount, sessionOf, uniqueIp } from "../testing";
import { confirmEnrolment, enrolmentToken, passSecondStep } from "./mutations";
import { newTotpSecret } from "./totp";

// The real getSessionUser(), staff checks and second-factor provider; only the cookie next-auth would read is stood in for.
const cookie = vi.hoisted(() => ({ session: null as Session | null }));
vi.mock("../next-auth", () => ({ auth: async () => cookie.session, signIn: async () => {}, signOut: async () => {} }));

const { getSessionUser } = await import("../session");
const { requireStaffAction } = await import("../staff");
const { secondFactorProvider } = await import("../second-factor-provider");
const { authorize } = (secondFactorProvider as unknown as { options: CredentialsConfig }).options;
const request = () =>
  new Request("http://localhost/api/auth/callback/second-factor", { method: "POST", headers: { "x-forwarded-for": uniqueIp() } });

/** A code for the time step `offset` steps from now (30 s each). */
const codeAt = (secret: string, offset = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

async function enrolled(role: "staff" | "admin") {
  const account = await createPasswordAccount(role);
  const secret = newTotpSecret();
  const result = await confirmEnrolment(account.id, enrolmentToken(account.id, secret), codeAt(secret));
  if (!result.ok) throw new Error(result.error);
  return { account, secret, recovery: result.recoveryCodes };
}

beforeEach(() => {
  cookie.session = null;
});

describe("enrolment (real PostgreSQL)", () => {
  it("needs a code from the secret; keeps the secret encrypted and ten recovery codes hashed", async () => {
    const account = await createPasswordAccount("admin");
    const secret = newTotpSecret();
    const token = enrolmentToken(account.id, secret);
    expect(await confirmEnrolment(account.id, token, "000000")).toMatchObject({ ok: false });
    const other = await createPasswordAccount("staff");
    expect(await confirmEnrolment(other.id, token, codeAt(secret))).toMatchObject({ ok: false, error: expect.stringMatching(/expired/) });
    expect(await confirmEnrolment(account.id, `${token.slice(0, -2)}xx`, codeAt(secret))).toMatchObject({ ok: false });

    const result = await confirmEnrolment(account.id, token, codeAt(secret));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recoveryCodes).toHaveLength(10);
    expect(new Set(result.recoveryCodes).size).toBe(10);
    const [row] = await db.select().from(users).where(eq(users.id, account.id));
    expect(row!.totpEnabledAt).toBeInstanceOf(Date);
    expect(row!.totpSecret).not.toContain(secret);
    const hashes = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, account.id));
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(h.codeHash).toMatch(/^\$argon2id\$/);
    expect(hashes.map((h) => h.codeHash).join()).not.toContain(result.recoveryCodes[0]!.replace("-", ""));
    expect(await confirmEnrolment(account.id, token, codeAt(secret))).toMatchObject({
      ok: false,
      error: "Two-factor sign-in is already on for this account.",
    });
  });
});

describe("the second step (real PostgreSQL)", () => {
  it("an authentication code works once; a wrong one never", async () => {
    const { account, secret } = await enrolled("staff");
    expect(await passSecondStep(account.id, "123456" === codeAt(secret) ? "654321" : "123456")).toBeNull();
    const code = codeAt(secret, 1);
    expect(await passSecondStep(account.id, code)).toBe("totp");
    expect(await passSecondStep(account.id, code)).toBeNull();
    expect(await passSecondStep(account.id, codeAt(secret, -1))).toBeNull(); // an older step after a newer one
  });

  it("each recovery code works once, typed with or without its dash", async () => {
    const { account, recovery } = await enrolled("admin");
    expect(await passSecondStep(account.id, recovery[0]!.toUpperCase())).toBe("recovery");
    expect(await passSecondStep(account.id, recovery[0]!)).toBeNull();
    expect(await passSecondStep(account.id, recovery[1]!.replace("-", " "))).toBe("recovery");
    expect(await passSecondStep(account.id, "aaaaa-bbbbb")).toBeNull();
  });

  it("until the second step, the back office refuses an enrolled member's session; the provider marks a new one as passed", async () => {
    const { account, secret } = await enrolled("staff");
    const [row] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, account.id));
    cookie.session = sessionOf(account, row!.v);
    expect(await getSessionUser()).toMatchObject({ id: account.id, missingFactor: "verify" });
    expect(await requireStaffAction()).toEqual({
      ok: false,
      state: { error: "Enter your authentication code first: sign in again to continue." },
    });

    await expect(authorize({ code: "12345x" }, request())).rejects.toMatchObject({ code: "invalid" });
    const user = await authorize({ code: codeAt(secret, 1) }, request());
    expect(user).toMatchObject({ id: account.id, secondFactor: true });

    cookie.session = sessionOf(account, row!.v, true);
    expect((await getSessionUser())?.missingFactor).toBeUndefined();
    expect(await requireStaffAction()).toMatchObject({ ok: true, user: { id: account.id } });
  });

  it("the provider refuses without a signed-in session", async () => {
    const { secret } = await enrolled("admin");
    await expect(authorize({ code: codeAt(secret, 1) }, request())).rejects.toMatchObject({ code: "invalid" });
  });
});
