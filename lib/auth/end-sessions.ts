import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { users } from "@/db/schema";

/**
 * Ends every session of the account, on every device and every copy of its
 * cookie: sessions carry the session version they were issued with, and
 * getSessionUser() refuses an older one.
 */
export async function endAllSessions(userId: string, conn: DbOrTx = db): Promise<void> {
  await conn
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
