// Helpers for integration tests of accounts and sessions (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import type { Session } from "next-auth";
import { db } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { hashPassword } from "./password";

/** An e-mail address no other test uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** A client address no other test uses (documentation range plus a random suffix). */
export function uniqueIp(): string {
  return `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;
}

export type TestAccount = { id: string; email: string; password: string; role: UserRole };

/** A verified account with a password and `role`, written straight to the database. */
export async function createPasswordAccount(role: UserRole = "customer"): Promise<TestAccount> {
  const email = uniqueEmail(role);
  const password = "correct horse battery";
  const [row] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, role, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() })
    .returning({ id: users.id });
  return { id: row!.id, email, password, role };
}

/** The session a sign-in as this account would have issued now: a stand-in for the signed cookie next-auth's auth() reads. */
export function sessionOf(account: { id: string; email: string; role: UserRole }, sessionVersion: number, secondFactor = false): Session {
  return {
    user: { id: account.id, email: account.email, name: "", role: account.role, sessionVersion, secondFactor },
    expires: new Date(Date.now() + 3_600_000).toISOString(),
  };
}
