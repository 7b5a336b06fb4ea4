import postgres from "postgres";

let sql: postgres.Sql | undefined;

/** A postgres.js client on the browser tests' database (E2E_DATABASE_URL), shared by a worker. */
export function testDb(): postgres.Sql {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set");
  sql ??= postgres(url, { max: 2, idle_timeout: 5, onnotice: () => {} });
  return sql;
}

export type SentMail = { subject: string; text: string; template: string; createdAt: Date };

/** The newest message to `email` (optionally of one template), or null. Addresses are compared lower-cased. */
export async function latestMailTo(email: string, template?: string): Promise<SentMail | null> {
  const db = testDb();
  const [row] = await db<SentMail[]>`
    select subject, coalesce(unsent_text, text) as text, template, created_at as "createdAt" from mail_outbox
    where "to" = ${email.toLowerCase()} ${template ? db`and template = ${template}` : db``}
    order by id desc limit 1`;
  return row ?? null;
}

/** Waits (up to `timeoutMs`) for a message to `email` of `template` newer than `after`. */
export async function waitForMailTo(email: string, template: string, after = new Date(0), timeoutMs = 10_000): Promise<SentMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = await latestMailTo(email, template);
    if (mail && mail.createdAt > after) return mail;
    if (Date.now() > deadline) throw new Error(`No "${template}" e-mail to ${email} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
