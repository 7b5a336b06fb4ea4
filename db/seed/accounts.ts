import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "../index";
import * as schema from "../schema";

/** The demo database's sign-ins (listed in the README); never in a production database. */
export const DEMO_ACCOUNTS = [
  { email: "shopper@example.com", password: "shopper-pass-2026", name: "Sam Shopper", role: "customer" },
  { email: "admin@example.com", password: "admin-pass-2026", name: "Ada Admin", role: "admin" },
] as const;

/** Adds the demo accounts that are missing; leaves existing ones as they are. */
export async function seedAccounts(db: Database): Promise<void> {
  for (const a of DEMO_ACCOUNTS) {
    const [existing] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, a.email)).limit(1);
    if (existing) continue;
    await db
      .insert(schema.users)
      .values({ email: a.email, name: a.name, role: a.role, passwordHash: await hashPassword(a.password), emailVerifiedAt: new Date() })
      .onConflictDoNothing({ target: schema.users.email });
  }
}

export function demoAccountsLine(): string {
  return DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password} (${a.role})`).join(", ");
}
