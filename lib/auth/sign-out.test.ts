import { eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { createPasswordAccount, sessionOf } from "./testing";

// The real sign-out action and getSessionUser(); only next-auth's cookie handling is stood in for.
const cookie = vi.hoisted(() => ({ session: null as Session | null, signedOut: 0 }));
vi.mock("./next-auth", () => ({
  auth: async () => cookie.session,
  signIn: async () => {},
  signOut: async () => {
    cookie.signedOut++;
    cookie.session = null;
  },
}));

const { signOutAction } = await import("./actions");
const { getSessionUser } = await import("./session");

const versionOf = async (id: string) => (await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0]!.v;

describe("signing out (real PostgreSQL)", () => {
  it("ends the session everywhere it was copied", async () => {
    const account = await createPasswordAccount("customer");
    const session = sessionOf(account, await versionOf(account.id));
    const copied = structuredClone(session);
    cookie.session = session;
    expect(await getSessionUser()).toMatchObject({ id: account.id });
    await signOutAction(new FormData());
    expect(cookie.signedOut).toBe(1);
    cookie.session = copied;
    expect(await getSessionUser()).toBeNull();
  });
});
