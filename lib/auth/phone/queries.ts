import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";

/** The account's proven mobile number (E.164), or null when it has none. */
export async function getVerifiedPhone(userId: string): Promise<string | null> {
  const [row] = await db.select({ phone: users.phone, verifiedAt: users.phoneVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.phone && row.verifiedAt ? row.phone : null;
}
