import { testDb } from "./db";

export type SentSms = { text: string; stored: string; template: string; createdAt: Date };

/**
 * Waits (up to `timeoutMs`) for a text to `phone` (E.164) of `template` newer
 * than `after`, from sms_outbox: `text` is what the phone would show (the full
 * text, kept while undelivered without a provider), `stored` the redacted copy.
 */
export async function waitForSmsTo(phone: string, template: string, after = new Date(0), timeoutMs = 10_000): Promise<SentSms> {
  const db = testDb();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db<SentSms[]>`
      select coalesce(unsent_text, text) as text, text as stored, template, created_at as "createdAt" from sms_outbox
      where "to" = ${phone} and template = ${template} order by id desc limit 1`;
    if (row && row.createdAt > after) return row;
    if (Date.now() > deadline) throw new Error(`No "${template}" text to ${phone} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A Chinese mobile number no other test uses: E.164 and as a person types it. */
export function uniqueMobile(): { e164: string; typed: string } {
  const rest = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  return { e164: `+86139${rest}`, typed: `139 ${rest.slice(0, 4)} ${rest.slice(4)}` };
}

/** Dates the codes sent to `phone` (E.164) `seconds` further back, as if that time had passed since they were sent. */
export async function ageSmsCodes(phone: string, seconds: number): Promise<void> {
  await testDb()`update sms_codes set created_at = created_at - make_interval(secs => ${seconds}) where phone = ${phone}`;
}
