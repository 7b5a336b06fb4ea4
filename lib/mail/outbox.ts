import "server-only";
import { and, isNotNull, lt } from "drizzle-orm";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";

/**
 * Without SMTP the outbox is where a message is delivered: its full text (the
 * code or link in it) is kept this long, as long as the longest-lived secret a
 * mail carries is of use (a password reset link: 60 minutes), then cleared.
 */
export const UNSENT_SECRET_HOLD_MINUTES = 60;

/**
 * The periodic outbox sweep: clears the full text of undelivered messages
 * older than UNSENT_SECRET_HOLD_MINUTES and deletes messages older than
 * `retentionHours` (MAIL_OUTBOX_RETENTION_HOURS). Returns the rows touched.
 */
export async function pruneMailOutbox(retentionHours: number, now = new Date()): Promise<number> {
  const cleared = await db
    .update(mailOutbox)
    .set({ unsentText: null })
    .where(and(isNotNull(mailOutbox.unsentText), lt(mailOutbox.createdAt, new Date(now.getTime() - UNSENT_SECRET_HOLD_MINUTES * 60_000))))
    .returning({ id: mailOutbox.id });
  const deleted = await db
    .delete(mailOutbox)
    .where(lt(mailOutbox.createdAt, new Date(now.getTime() - retentionHours * 3_600_000)))
    .returning({ id: mailOutbox.id });
  return cleared.length + deleted.length;
}
