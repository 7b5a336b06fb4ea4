import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { confirmOwnEmail, createUserWithPassword, resetPasswordWithToken, signInWithCode, type PasswordOwnerCheck } from "./mutations";
import { linkOAuthAccount } from "./oauth-link";
import { verifyPassword } from "./password";
import { isSignUpProof, signUpProof } from "./sign-up-proof";
import { uniqueEmail } from "./testing";
import { issuePasswordReset, issueSignInCode } from "./tokens";
import { getUserByEmail } from "./users";
import { issueSmsCode } from "./phone/codes";
import { verifyOwnPhone } from "./phone/mutations";

// The story of issue #10, item 1: a squatter signs up with someone else's e-mail and a password of their own.
async function squat(label: string) {
  const email = uniqueEmail(label);
  const created = await createUserWithPassword({ name: "Squatter", email, password: "squatter-secret-9" });
  if (!created.ok) throw new Error("no account");
  expect(created.user.emailVerifiedAt).toBeNull();
  return created.user;
}

async function code(email: string): Promise<string> {
  const issued = await issueSignInCode(email);
  if (!issued.ok) throw new Error(issued.error);
  return issued.token;
}

async function expectSquatterLockedOut(email: string, before: { sessionVersion: number }) {
  const after = (await getUserByEmail(email))!;
  expect(after.emailVerifiedAt).toBeInstanceOf(Date);
  expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  expect(await verifyPassword(after.passwordHash, "squatter-secret-9")).toBe(false);
  return after;
}

describe("the first proof of an e-mail on an account never verified", () => {
  it("by e-mail code removes the squatter's password and ends their sessions", async () => {
    const squatter = await squat("code-owner");
    const found = await signInWithCode(squatter.email, await code(squatter.email));
    expect(found).toMatchObject({
      created: false,
      user: { id: squatter.id, passwordHash: null, sessionVersion: squatter.sessionVersion + 1 },
    });
    const after = await expectSquatterLockedOut(squatter.email, squatter);
    expect(after.passwordHash).toBeNull();
  });

  it("the squatter cannot prove a mobile number on it, and one proved there before goes at the owner's first proof", async () => {
    const phone = () => `+86139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const squatter = await squat("phone-owner");
    const mine = phone();
    const issued = await issueSmsCode("verify", mine, squatter.id);
    if (!issued.ok) throw new Error(issued.reason);
    expect(await verifyOwnPhone(squatter.id, mine, issued.code)).toEqual({ ok: false, reason: "unconfirmed" });
    expect((await getUserByEmail(squatter.email))!.phoneVerifiedAt).toBeNull();

    // A number proved on such an account before this rule (or by any way round it) does not survive the owner's proof.
    const byCode = await squat("phone-code-owner");
    await db.update(users).set({ phone: phone(), phoneVerifiedAt: new Date() }).where(eq(users.id, byCode.id));
    expect(await signInWithCode(byCode.email, await code(byCode.email))).toMatchObject({ user: { phone: null, phoneVerifiedAt: null } });
    const byReset = await squat("phone-reset-owner");
    await db.update(users).set({ phone: phone(), phoneVerifiedAt: new Date() }).where(eq(users.id, byReset.id));
    const { token } = (await issuePasswordReset(byReset.email))!;
    expect(await resetPasswordWithToken(token, "owner-chose-this-2")).toMatchObject({ ok: true });
    expect(await getUserByEmail(byReset.email)).toMatchObject({ phone: null, phoneVerifiedAt: null });
    // The number of an account its owner had already proven stays through a reset.
    const owner = uniqueEmail("phone-kept");
    const { user } = (await signInWithCode(owner, await code(owner)))!;
    const owned = phone();
    await db.update(users).set({ phone: owned, phoneVerifiedAt: new Date() }).where(eq(users.id, user.id));
    const reset = (await issuePasswordReset(owner))!;
    expect(await resetPasswordWithToken(reset.token, "owner-chose-this-3")).toMatchObject({ ok: true });
    expect(await getUserByEmail(owner)).toMatchObject({ phone: owned });
  });

  it("by reset link replaces the squatter's password and ends their sessions", async () => {
    const squatter = await squat("reset-owner");
    const { token } = (await issuePasswordReset(squatter.email))!;
    expect(await resetPasswordWithToken(token, "owner-chose-this-1")).toMatchObject({ ok: true });
    const after = await expectSquatterLockedOut(squatter.email, squatter);
    expect(await verifyPassword(after.passwordHash, "owner-chose-this-1")).toBe(true);
  });

  it("by OAuth (provider-verified e-mail) removes the squatter's password and ends their sessions", async () => {
    const squatter = await squat("oauth-owner");
    const found = await linkOAuthAccount({
      provider: "google",
      providerAccountId: randomUUID(),
      email: squatter.email,
      emailVerified: true,
    });
    expect(found?.user).toMatchObject({ id: squatter.id, passwordHash: null, sessionVersion: squatter.sessionVersion + 1 });
    await expectSquatterLockedOut(squatter.email, squatter);
  });

  it("keeps the password only for the browser that chose it (the sign-up proof), and a forged proof counts for nothing", async () => {
    const mine = await squat("honest");
    const forged: PasswordOwnerCheck = (user) => isSignUpProof(user, "x".repeat(43));
    const honest: PasswordOwnerCheck = (user) => isSignUpProof(user, signUpProof(mine));
    const found = await signInWithCode(mine.email, await code(mine.email), honest);
    expect(found?.user).toMatchObject({ passwordHash: mine.passwordHash, sessionVersion: mine.sessionVersion });
    expect(found?.user.emailVerifiedAt).toBeInstanceOf(Date);

    const other = await squat("forger");
    await signInWithCode(other.email, await code(other.email), forged);
    await expectSquatterLockedOut(other.email, other);
  });

  it("a later proof on a verified account changes nothing", async () => {
    const email = uniqueEmail("verified");
    const [user] = await db
      .insert(users)
      .values({ email, name: "Verified", passwordHash: "$argon2id$placeholder", emailVerifiedAt: new Date() })
      .returning();
    const found = await signInWithCode(email, await code(email));
    expect(found?.user).toMatchObject({ id: user!.id, passwordHash: user!.passwordHash, sessionVersion: user!.sessionVersion });
  });
});

describe("confirming the e-mail from the account's own session", () => {
  it("keeps the password and the sessions; a wrong code confirms nothing", async () => {
    const user = await squat("confirm");
    const right = await code(user.email);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmOwnEmail(user.id, wrong)).toBe(false);
    expect((await getUserByEmail(user.email))!.emailVerifiedAt).toBeNull();

    expect(await confirmOwnEmail(user.id, right)).toBe(true);
    const after = (await getUserByEmail(user.email))!;
    expect(after).toMatchObject({ passwordHash: user.passwordHash, sessionVersion: user.sessionVersion });
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmOwnEmail(user.id, right)).toBe(false);
  });

  it("a code sent to another address does not confirm this one", async () => {
    const user = await squat("confirm-other");
    const elsewhere = await code(uniqueEmail("elsewhere"));
    expect(await confirmOwnEmail(user.id, elsewhere)).toBe(false);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.emailVerifiedAt).toBeNull();
  });
});
