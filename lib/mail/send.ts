import "server-only";
import { sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { addJobSql } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/observability/logger";
import { redactSecrets } from "./redact";

/** `secrets`: the values in the message (codes, sign-in and order links) that must not stay at rest or reach a production log. */
export type Mail = { to: string; subject: string; text: string; template: string; secrets?: string[] };

/** The queue's task that delivers one mail_outbox row (lib/mail/deliver.ts). */
export const SEND_MAIL_TASK = "send-mail";
/** The job's key for an outbox row (`mail:<id>`): the back office joins a dead-lettered job to its message by it. */
const MAIL_JOB_KEY_PREFIX = "mail:";
export const mailJobKey = (outboxId: number) => `${MAIL_JOB_KEY_PREFIX}${outboxId}`;

/**
 * Queues a message; a worker sends it (lib/mail/deliver.ts), with retries. The
 * outbox row is written now, its secrets redacted from `text`; while a secret
 * is in it the full text waits in `unsent_text` for the worker (and, without
 * SMTP, as the delivery itself: see ./outbox.ts).
 *
 * With `tx`, the row and the job are part of that transaction: nothing is sent
 * if it rolls back, and a failure to queue fails it. Without `tx`, on their own
 * (one statement, so both or neither), and never throws: a mail failure must not
 * undo the order or sign-up that caused it.
 */
export async function queueMail(mail: Mail, tx?: DbOrTx): Promise<void> {
  if (tx) return insertQueued(tx, mail);
  try {
    await insertQueued(db, mail); // one statement: the row and its job together or neither
  } catch (e) {
    logger().error({ err: e, to: mail.to, template: mail.template }, "mail: could not queue the message");
  }
}

/** The outbox row and its job, in one statement (one round trip for every e-mail the shop sends). */
async function insertQueued(conn: DbOrTx, mail: Mail): Promise<void> {
  const { secrets = [], ...message } = mail;
  const redacted = { subject: redactSecrets(message.subject, secrets), text: redactSecrets(message.text, secrets) };
  const unsentText = redacted.text === message.text ? null : message.text;
  const row = conn
    .insert(mailOutbox)
    .values({ to: message.to, template: message.template, ...redacted, unsentText, status: "queued" })
    .returning({ id: mailOutbox.id });
  const job = addJobSql(SEND_MAIL_TASK, sql`json_build_object('outboxId', queued.id)`, {
    key: sql`${MAIL_JOB_KEY_PREFIX} || queued.id`,
    maxAttempts: env().MAIL_MAX_ATTEMPTS,
  });
  await conn.execute(sql`with queued as (${row.getSQL()}) select from queued, ${job}`);
}
