import "server-only";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { smtpTransport } from "./transport";

export type Mail = { to: string; subject: string; text: string; template: string };

/**
 * Sends a message through SMTP when configured; always records it in the
 * outbox. Without SMTP it is logged instead, so local flows (sign-in codes,
 * password resets) work with no mail server. Never throws: a mail failure
 * must not undo the order or sign-up that caused it.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const transport = smtpTransport();
  let status: "logged" | "sent" | "failed" = "logged";
  let error: string | null = null;
  if (transport) {
    try {
      await transport.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
      status = "sent";
    } catch (e) {
      status = "failed";
      error = e instanceof Error ? e.message : String(e);
      console.error(`[mail] sending "${mail.subject}" to ${mail.to} failed: ${error}`);
    }
  } else {
    console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
  }
  try {
    await db.insert(mailOutbox).values({ ...mail, status, error });
  } catch (e) {
    console.error("[mail] could not record the message in the outbox", e);
  }
}
