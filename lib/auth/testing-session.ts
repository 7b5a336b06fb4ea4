// For integration tests: stand-ins for the signed session cookie that next-auth's auth() would read.
import type { Session } from "next-auth";
import { db } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { hashPassword } from "./password";
import { uniqueEmail } from "./test-helpers";

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

/** The session a sign-in as this account would have issued now (a copy of its cookie, in effect). */
export function sessionOf(account: { id: string; email: string; role: UserRole }, sessionVersion: number, secondFactor = false): Session {
  return {
    user: { id: account.id, email: account.email, name: "", role: account.role, sessionVersion, secondFactor },
    expires: new Date(Date.now() + 3_600_000).toISOString(),
  };
}
