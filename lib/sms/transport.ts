import "server-only";
import { env } from "@/lib/env";
import { twilioTransport } from "./twilio";
import type { SmsTransport } from "./types";

let transport: SmsTransport | null | undefined;

/** The provider chosen by SMS_PROVIDER, or null when texts are only kept in the outbox (and logged in development). */
export function smsTransport(): SmsTransport | null {
  if (transport !== undefined) return transport;
  const e = env();
  transport =
    e.SMS_PROVIDER === "twilio"
      ? twilioTransport({
          accountSid: e.TWILIO_ACCOUNT_SID!,
          authToken: e.TWILIO_AUTH_TOKEN!,
          from: e.TWILIO_FROM!,
          apiBase: e.TWILIO_API_BASE,
        })
      : null;
  return transport;
}
