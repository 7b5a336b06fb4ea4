import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { env, isDevelopment } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { REDACTED } from "./redact";
import { smtpTransport } from "./transport";

/** Which attempt this is (1 for the first) and how many the job has: the last failure marks the message failed. */
export type Attempt = { attempt: number; maxAttempts: number };

/**
 * The queue's `send-mail` task: sends one queued outbox row through SMTP, or,
 * without SMTP_URL, leaves it in the outbox as the delivery (printed whole to a
 * development server's log). A message already sent or logged is skipped, so a
 * job run twice never sends twice. An SMTP failure is recorded on the row and
 * thrown, so that the queue retries it with backoff; on the last attempt the
 * row is marked failed (the job stays dead-lettered for the back office).
 */
export async function deliverQueuedMail(outboxId: number, { attempt, maxAttempts }: Attempt): Promise<void> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, outboxId)).limit(1);
  if (!row || row.status === "sent" || row.status === "logged") return; // pruned, or already delivered
  const text = row.unsentText ?? (row.text.includes(REDACTED) ? null : row.text);
  if (text === null) {
    // Its secret (a code, a link) was cleared by the outbox sweep: too old to be of use, so it is not sent.
    await db.update(mailOutbox).set({ status: "failed", error: "expired before it could be sent" }).where(eq(mailOutbox.id, outboxId));
    return;
  }
  const transport = smtpTransport();
  if (!transport) {
    const shown = isDevelopment() ? text : row.text;
    console.info(`[mail] to ${row.to} (no SMTP_URL: kept in mail_outbox): ${row.subject}\n${shown}`);
    await db.update(mailOutbox).set({ status: "logged", error: null }).where(eq(mailOutbox.id, outboxId));
    metrics().mailMessages.inc({ status: "logged" });
    return;
  }
  try {
    await transport.sendMail({ from: env().MAIL_FROM, to: row.to, subject: row.subject, text });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const last = attempt >= maxAttempts;
    await db
      .update(mailOutbox)
      .set({ error: `attempt ${attempt} of ${maxAttempts}: ${error}`, ...(last ? { status: "failed" as const } : {}) })
      .where(eq(mailOutbox.id, outboxId));
    metrics().mailMessages.inc({ status: "failed" });
    logger().warn({ outboxId, to: row.to, attempt, maxAttempts, err: error }, "mail: sending failed");
    throw e;
  }
  // Sent: the full text is not kept at rest.
  await db.update(mailOutbox).set({ status: "sent", unsentText: null, error: null }).where(eq(mailOutbox.id, outboxId));
  metrics().mailMessages.inc({ status: "sent" });
}
