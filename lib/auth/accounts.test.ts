import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { authTokens, users } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/accounts";
import { createOrPromoteAdmin, createUserWithPassword, resetPasswordWithToken } from "./mutations";
import { verifyPassword } from "./password";
import { uniqueEmail, uniqueIp } from "./testing";
import { beginSignInAttempt } from "./throttle";
import { isResetTokenLive, issuePasswordReset } from "./tokens";
import { getUserByEmail } from "./users";

describe("sign-up", () => {
  it("creates a customer with a lower-cased e-mail and an argon2 hash", async () => {
    const email = uniqueEmail("SignUp");
    const result = await createUserWithPassword({ name: "  Ola  ", email, password: "a-long-password" });
    expect(result.ok).toBe(true);
    const user = await getUserByEmail(email);
    expect(user).toMatchObject({ email: email.toLowerCase(), name: "Ola", role: "customer", emailVerifiedAt: null });
    expect(await verifyPassword(user!.passwordHash, "a-long-password")).toBe(true);
  });

  it("refuses an e-mail that already has an account, whatever its case", async () => {
    const email = uniqueEmail("dup");
    await createUserWithPassword({ name: "First", email, password: "first-password" });
    expect(await createUserWithPassword({ name: "Second", email: email.toUpperCase(), password: "second-password" })).toEqual({
      ok: false,
      reason: "email-taken",
    });
    expect((await getUserByEmail(email))?.name).toBe("First");
  });
});

describe("password reset", () => {
  async function account(label: string) {
    const email = uniqueEmail(label);
    const created = await createUserWithPassword({ name: label, email, password: "old-password" });
    if (!created.ok) throw new Error("no account");
    return created.user;
  }

  it("issues nothing for an unknown e-mail", async () => {
    expect(await issuePasswordReset(uniqueEmail("nobody"))).toBeNull();
  });

  it("sets the password once, ends other sessions and lifts the account's throttle", async () => {
    const user = await account("reset");
    for (let i = 0; i < 5; i++) await beginSignInAttempt(user.email, uniqueIp());
    expect((await beginSignInAttempt(user.email, uniqueIp())).blocked).toBe(true);
    const issued = await issuePasswordReset(user.email.toUpperCase());
    expect(issued?.token).toMatch(/^[\w-]{43}$/);
    const [row] = await db.select().from(authTokens).where(eq(authTokens.email, user.email));
    expect(row!.tokenHash).not.toBe(issued!.token);
    expect(await isResetTokenLive(issued!.token)).toBe(true);

    expect(await resetPasswordWithToken(issued!.token, "new-password-1")).toEqual({ ok: true, email: user.email });
    const after = await getUserByEmail(user.email);
    expect(await verifyPassword(after!.passwordHash, "new-password-1")).toBe(true);
    expect(await verifyPassword(after!.passwordHash, "old-password")).toBe(false);
    expect(after!.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await beginSignInAttempt(user.email, uniqueIp())).blocked).toBe(false);

    expect(await isResetTokenLive(issued!.token)).toBe(false);
    expect(await resetPasswordWithToken(issued!.token, "new-password-2")).toEqual({ ok: false });
    expect(await verifyPassword((await getUserByEmail(user.email))!.passwordHash, "new-password-1")).toBe(true);
  });

  it("refuses an expired token and an unknown one", async () => {
    const user = await account("expired");
    const issued = await issuePasswordReset(user.email);
    await db
      .update(authTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(authTokens.email, user.email));
    expect(await resetPasswordWithToken(issued!.token, "new-password-1")).toEqual({ ok: false });
    expect(await resetPasswordWithToken("x".repeat(43), "new-password-1")).toEqual({ ok: false });
    expect((await getUserByEmail(user.email))!.sessionVersion).toBe(user.sessionVersion);
  });

  it("lets only one of two simultaneous resets with the same token through", async () => {
    const user = await account("race");
    const { token } = (await issuePasswordReset(user.email))!;
    const results = await Promise.all([resetPasswordWithToken(token, "password-one"), resetPasswordWithToken(token, "password-two")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await getUserByEmail(user.email))!.sessionVersion).toBe(user.sessionVersion + 1);
  });
});

describe("admin:create", () => {
  it("creates an admin with a verified e-mail", async () => {
    const email = uniqueEmail("boss");
    const result = await createOrPromoteAdmin({ email: email.toUpperCase(), password: "boss-password", name: "Boss" });
    expect(result).toMatchObject({ action: "created", passwordSet: true, user: { email, role: "admin", name: "Boss" } });
    expect(result.user.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("refuses to create an account without a password", async () => {
    await expect(createOrPromoteAdmin({ email: uniqueEmail("nopass") })).rejects.toThrow(/give --password/);
  });

  it("promotes a customer, keeping the password unless a new one is given", async () => {
    const email = uniqueEmail("promote");
    await createUserWithPassword({ name: "Cus Tomer", email, password: "customer-pass" });
    const promoted = await createOrPromoteAdmin({ email });
    expect(promoted).toMatchObject({
      action: "promoted",
      passwordSet: false,
      user: { role: "admin", name: "Cus Tomer", sessionVersion: 0 },
    });
    expect(await verifyPassword(promoted.user.passwordHash, "customer-pass")).toBe(true);

    const again = await createOrPromoteAdmin({ email, password: "replaced-pass" });
    expect(again).toMatchObject({ action: "already-admin", passwordSet: true, user: { sessionVersion: 1 } });
    expect(await verifyPassword(again.user.passwordHash, "replaced-pass")).toBe(true);
  });
});

describe("demo accounts", () => {
  it("the seed adds the shopper and the admin with their documented passwords", async () => {
    for (const a of DEMO_ACCOUNTS) {
      const [user] = await db.select().from(users).where(eq(users.email, a.email));
      expect(user).toMatchObject({ name: a.name, role: a.role });
      expect(await verifyPassword(user!.passwordHash, a.password)).toBe(true);
    }
  });
});
