import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";

export type AccountProfile = { name: string; email: string; hasPassword: boolean; loyaltyPoints: number };

/** What the account pages show about the shopper themself. */
export async function getAccountProfile(userId: string): Promise<AccountProfile | null> {
  const [row] = await db
    .select({ name: users.name, email: users.email, passwordHash: users.passwordHash, loyaltyPoints: users.loyaltyPoints })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  return { name: row.name, email: row.email, hasPassword: !!row.passwordHash, loyaltyPoints: row.loyaltyPoints };
}
