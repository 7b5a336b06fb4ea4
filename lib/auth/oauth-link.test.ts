import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { oauthAccounts, users } from "@/db/schema";
import { createUserWithPassword } from "./mutations";
import { adoptOAuthUser, linkOAuthAccount, oauthEmailVerified } from "./oauth-link";
import { uniqueEmail } from "./testing";

const identity = (email: string | null, emailVerified = true) => ({
  provider: "github",
  providerAccountId: randomUUID(),
  email,
  emailVerified,
  name: "Octo Cat",
});

describe("OAuth account linking", () => {
  it("creates a verified, passwordless account for a new verified e-mail and links the identity", async () => {
    const email = uniqueEmail("octo");
    const id = identity(email.toUpperCase());
    const found = await linkOAuthAccount(id);
    expect(found).toMatchObject({ created: true, user: { email, name: "Octo Cat", passwordHash: null, role: "customer" } });
    const links = await db.select().from(oauthAccounts).where(eq(oauthAccounts.userId, found!.user.id));
    expect(links).toMatchObject([{ provider: "github", providerAccountId: id.providerAccountId }]);
  });

  it("links to the existing account of the same verified e-mail", async () => {
    const email = uniqueEmail("haspassword");
    const created = await createUserWithPassword({ name: "Has Password", email, password: "some-password" });
    const found = await linkOAuthAccount({ ...identity(email), provider: "google" });
    expect(found).toMatchObject({ created: false, user: { id: created.ok && created.user.id, name: "Has Password" } });
    expect(found!.user.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("finds a linked identity by its provider id even after its e-mail changed", async () => {
    const email = uniqueEmail("moved");
    const id = identity(email);
    const first = await linkOAuthAccount(id);
    const again = await linkOAuthAccount({ ...id, email: uniqueEmail("elsewhere") });
    expect(again?.user.id).toBe(first!.user.id);
    expect(await db.$count(users, eq(users.id, first!.user.id))).toBe(1);
  });

  it("refuses a new identity without a verified e-mail, creating nothing", async () => {
    const email = uniqueEmail("unverified");
    expect(await linkOAuthAccount(identity(email, false))).toBeNull();
    expect(await linkOAuthAccount(identity(null))).toBeNull();
    expect(await db.$count(users, eq(users.email, email))).toBe(0);
  });

  it("refuses a disabled account", async () => {
    const email = uniqueEmail("disabled");
    await db.insert(users).values({ email, disabled: true });
    expect(await linkOAuthAccount(identity(email))).toBeNull();
  });

  it("trusts only e-mails the provider marks verified", () => {
    expect(oauthEmailVerified({ email: "a@example.com", email_verified: true })).toBe(true);
    expect(oauthEmailVerified({ email: "a@example.com", email_verified: false })).toBe(false);
    expect(oauthEmailVerified({ email: "a@example.com" })).toBe(false);
    expect(oauthEmailVerified(undefined)).toBe(false);
  });

  it("the signIn callback swaps the provider's user for ours, so the session's sub is our users.id", async () => {
    const email = uniqueEmail("callback");
    const user = { id: "12345", name: "Octo", email };
    const account = { provider: "github", providerAccountId: "12345-" + randomUUID(), type: "oauth" as const };
    expect(await adoptOAuthUser(user, account, { email, email_verified: true })).toBe(true);
    const ours = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ id: ours[0]!.id, role: "customer", sessionVersion: 0 });
    expect(
      await adoptOAuthUser(
        { id: "9", email: uniqueEmail("x") },
        { ...account, providerAccountId: "9-" + randomUUID() },
        { email_verified: false },
      ),
    ).toBe("/sign-in?error=OAuthEmail");
  });
});
