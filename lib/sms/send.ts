import "server-only";
import { db } from "@/db";
import { smsOutbox } from "@/db/schema";
import { isDevelopment } from "@/lib/env";
import { redactSecrets } from "@/lib/mail/redact";
import { smsTransport } from "./transport";

/** `secrets`: the codes in the text, which must not stay at rest or reach a production log. */
export type Sms = { to: string; text: string; template: string; secrets?: string[] };

/**
 * Sends a text through the configured provider; always records it in the
 * outbox with its secrets redacted. Without a provider the outbox is the
 * delivery: the full text waits in `unsent_text` until the periodic job clears
 * it, and only a development server prints it to the log. Never throws.
 */
export async function sendSms(sms: Sms): Promise<void> {
  const { secrets = [], ...message } = sms;
  const redacted = redactSecrets(message.text, secrets);
  const transport = smsTransport();
  let status: "logged" | "sent" | "failed" = "logged";
  let error: string | null = null;
  let providerMessageId: string | null = null;
  if (transport) {
    try {
      providerMessageId = (await transport.send({ to: message.to, text: message.text })).id;
      status = "sent";
    } catch (e) {
      status = "failed";
      error = e instanceof Error ? e.message : String(e);
      console.error(`[sms] sending "${message.template}" to ${message.to} failed: ${error}`);
    }
  } else {
    console.info(`[sms] to ${message.to} (no SMS_PROVIDER: kept in sms_outbox): ${isDevelopment() ? message.text : redacted}`);
  }
  const unsentText = status === "logged" && secrets.length > 0 ? message.text : null;
  try {
    await db.insert(smsOutbox).values({
      to: message.to,
      template: message.template,
      text: redacted,
      unsentText,
      status,
      error,
      provider: transport?.name ?? null,
      providerMessageId,
    });
  } catch (e) {
    console.error("[sms] could not record the message in the outbox", e);
  }
}
