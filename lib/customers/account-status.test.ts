import { eq } from "drizzle-orm";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import type { Session } from "next-auth";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { oauthAccounts, users } from "@/db/schema";
import { linkOAuthAccount } from "@/lib/auth/oauth-link";
import { passwordProvider } from "@/lib/auth/password-provider";
import { signInWithCode } from "@/lib/auth/mutations";
import { createPasswordAccount, sessionOf, uniqueIp } from "@/lib/auth/testing";
import { issueSignInCode } from "@/lib/auth/tokens";

// The real getSessionUser() and actions; only the cookie next-auth would read is stood in for.
const cookie = vi.hoisted(() => ({ session: null as Session | null }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => cookie.session, signIn: async () => {}, signOut: async () => {} }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => {}, revalidateTag: () => {} }));

const { getSessionUser } = await import("@/lib/auth/session");
const { setAccountDisabledAction, endSessionsAction } = await import("./actions");

const { authorize } = (passwordProvider as unknown as { options: CredentialsConfig }).options;
const signInWithPassword = (email: string, password: string) =>
  authorize(
    { email, password },
    new Request("http://localhost/api/auth/callback/password", { method: "POST", headers: { "x-forwarded-for": uniqueIp() } }),
  );
const versionOf = async (id: string) => (await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0]!.v;
const form = (userId: string) => {
  const f = new FormData();
  f.set("userId", userId);
  return f;
};
const disableAccountAction = (prev: object, f: FormData) => setAccountDisabledAction(prev, (f.set("disable", "1"), f));
const enableAccountAction = (prev: object, f: FormData) => setAccountDisabledAction(prev, (f.set("disable", "0"), f));

/** Whether a copy of `session` still works, read the way every page reads it. */
async function stillSignedIn(session: Session): Promise<boolean> {
  cookie.session = session;
  const user = await getSessionUser();
  return user !== null;
}

beforeEach(() => {
  cookie.session = null;
});

describe("disabling an account and ending its sessions (real PostgreSQL)", () => {
  it("a disabled account loses its sessions and cannot sign in by password, e-mail code or OAuth; re-enabled it can", async () => {
    const admin = await createPasswordAccount("admin");
    const target = await createPasswordAccount("customer");
    const targetSession = await sessionOf(target, await versionOf(target.id));
    expect(await stillSignedIn(targetSession)).toBe(true);
    await db.insert(oauthAccounts).values({ provider: "github", providerAccountId: `gh-${target.id}`, userId: target.id });

    cookie.session = await sessionOf(admin, await versionOf(admin.id));
    expect(await disableAccountAction({}, form(target.id))).toEqual({
      ok: true,
      message: "Account disabled: it cannot sign in, and its sessions have ended.",
    });

    expect(await stillSignedIn(targetSession)).toBe(false);
    await expect(signInWithPassword(target.email, target.password)).rejects.toMatchObject({ code: "invalid" });
    const issued = await issueSignInCode(target.email);
    expect(issued.ok).toBe(true);
    if (!issued.ok) throw new Error(issued.error);
    expect(await signInWithCode(target.email, issued.token)).toBeNull();
    expect(
      await linkOAuthAccount({ provider: "github", providerAccountId: `gh-${target.id}`, email: target.email, emailVerified: true }),
    ).toBeNull();

    cookie.session = await sessionOf(admin, await versionOf(admin.id));
    expect(await enableAccountAction({}, form(target.id))).toMatchObject({ ok: true });
    expect(await stillSignedIn(targetSession)).toBe(false); // re-enabling does not revive old sessions
    expect(await signInWithPassword(target.email, target.password)).toMatchObject({ id: target.id });
  });

  it("a post without Disable or Enable (a tampered form) is refused and changes nothing", async () => {
    const admin = await createPasswordAccount("admin");
    const target = await createPasswordAccount("customer");
    const targetSession = await sessionOf(target, await versionOf(target.id));
    cookie.session = await sessionOf(admin, await versionOf(admin.id));
    for (const disable of [null, "yes"]) {
      const f = form(target.id);
      if (disable) f.set("disable", disable);
      expect((await setAccountDisabledAction({}, f)).error).toBeTruthy();
    }
    expect(await stillSignedIn(targetSession)).toBe(true);
  });

  it("End sessions signs the account out everywhere; it may sign in again", async () => {
    const admin = await createPasswordAccount("admin");
    const target = await createPasswordAccount("staff");
    const onLaptop = await sessionOf(target, await versionOf(target.id));
    const onPhone = await sessionOf(target, await versionOf(target.id));
    cookie.session = await sessionOf(admin, await versionOf(admin.id));
    expect(await endSessionsAction({}, form(target.id))).toEqual({
      ok: true,
      message: "Sessions ended: this account is signed out everywhere.",
    });
    expect(await stillSignedIn(onLaptop)).toBe(false);
    expect(await stillSignedIn(onPhone)).toBe(false);
    expect(await signInWithPassword(target.email, target.password)).toMatchObject({ id: target.id });
  });

  it("only admins, and never on their own account", async () => {
    const target = await createPasswordAccount("customer");
    const before = await versionOf(target.id);
    for (const role of ["customer", "staff"] as const) {
      const caller = await createPasswordAccount(role);
      cookie.session = await sessionOf(caller, await versionOf(caller.id));
      expect((await disableAccountAction({}, form(target.id))).error).toBeTruthy();
      expect((await endSessionsAction({}, form(target.id))).error).toBeTruthy();
    }
    cookie.session = null;
    expect(await disableAccountAction({}, form(target.id))).toEqual({ error: "Your session has ended: sign in again to continue." });
    const [row] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, target.id));
    expect(row!.disabled).toBe(false);
    expect(await versionOf(target.id)).toBe(before);

    const admin = await createPasswordAccount("admin");
    cookie.session = await sessionOf(admin, await versionOf(admin.id));
    expect(await disableAccountAction({}, form(admin.id))).toEqual({ error: "This is your own account: ask another admin." });
    expect(await endSessionsAction({}, form(admin.id))).toEqual({ error: "This is your own account: ask another admin." });
    expect(await stillSignedIn(cookie.session!)).toBe(true);
  });
});
