import "server-only";
import { and, isNotNull, lt } from "drizzle-orm";
import { db } from "@/db";
import { smsOutbox } from "@/db/schema";
import { UNSENT_SECRET_HOLD_MINUTES } from "@/lib/mail/outbox";

/** The periodic sweep of sms_outbox, with mail_outbox's rules (see lib/mail/outbox.ts). Returns the rows touched. */
export async function pruneSmsOutbox(retentionHours: number, now = new Date()): Promise<number> {
  const cleared = await db
    .update(smsOutbox)
    .set({ unsentText: null })
    .where(and(isNotNull(smsOutbox.unsentText), lt(smsOutbox.createdAt, new Date(now.getTime() - UNSENT_SECRET_HOLD_MINUTES * 60_000))))
    .returning({ id: smsOutbox.id });
  const deleted = await db
    .delete(smsOutbox)
    .where(lt(smsOutbox.createdAt, new Date(now.getTime() - retentionHours * 3_600_000)))
    .returning({ id: smsOutbox.id });
  return cleared.length + deleted.length;
}
