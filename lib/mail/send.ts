import "server-only";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { env, isDevelopment } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";
import { redactSecrets } from "./redact";
import { smtpTransport } from "./transport";

/** `secrets`: the values in the message (codes, sign-in and order links) that must not stay at rest or reach a production log. */
export type Mail = { to: string; subject: string; text: string; template: string; secrets?: string[] };

/**
 * Sends a message through SMTP when configured; always records it in the
 * outbox with its secrets redacted. Without SMTP the outbox is the delivery:
 * the full text waits in `unsent_text` until the periodic job clears it (see
 * ./outbox.ts), and only a development server prints it to the log. Never
 * throws: a mail failure must not undo the order or sign-up that caused it.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { secrets = [], ...message } = mail;
  const redacted = { subject: redactSecrets(message.subject, secrets), text: redactSecrets(message.text, secrets) };
  const transport = smtpTransport();
  let status: "logged" | "sent" | "failed" = "logged";
  let error: string | null = null;
  if (transport) {
    try {
      await transport.sendMail({ from: env().MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
      status = "sent";
    } catch (e) {
      status = "failed";
      error = e instanceof Error ? e.message : String(e);
      console.error(`[mail] sending "${redacted.subject}" to ${message.to} failed: ${error}`);
    }
  } else {
    const shown = isDevelopment() ? message : redacted;
    console.info(`[mail] to ${message.to} (no SMTP_URL: kept in mail_outbox): ${shown.subject}\n${shown.text}`);
  }
  metrics().mailMessages.inc({ status });
  const unsentText = status === "logged" && secrets.length > 0 ? message.text : null;
  try {
    await db.insert(mailOutbox).values({ to: message.to, template: message.template, ...redacted, unsentText, status, error });
  } catch (e) {
    console.error("[mail] could not record the message in the outbox", e);
  }
}
