import type { SmsMessage, SmsReceipt, SmsTransport } from "./types";

export type TwilioConfig = {
  accountSid: string;
  authToken: string;
  /** An E.164 sender number, or a Messaging Service SID (MG…). */
  from: string;
  /** https://api.twilio.com; another origin only for a stand-in server in tests. */
  apiBase: string;
};

/**
 * Twilio's "create a Message" call (REST API 2010-04-01): a form-encoded POST
 * with HTTP basic auth of the account SID and auth token. Pure, so its shape is
 * tested without a network.
 */
export function twilioRequest(config: TwilioConfig, message: SmsMessage): { url: string; init: RequestInit } {
  const url = new URL(`/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`, config.apiBase).toString();
  const body = new URLSearchParams({ To: message.to, Body: message.text });
  body.set(config.from.startsWith("MG") ? "MessagingServiceSid" : "From", config.from);
  const credentials = Buffer.from(`${config.accountSid}:${config.authToken}`).toString("base64");
  return {
    url,
    init: {
      method: "POST",
      headers: { Authorization: `Basic ${credentials}`, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: body.toString(),
      signal: AbortSignal.timeout(10_000),
    },
  };
}

/** Sends through Twilio with the platform's fetch; a refusal throws with Twilio's own message and code. */
export function twilioTransport(config: TwilioConfig, fetchImpl: typeof fetch = fetch): SmsTransport {
  return {
    name: "twilio",
    async send(message): Promise<SmsReceipt> {
      const { url, init } = twilioRequest(config, message);
      const response = await fetchImpl(url, init);
      const body = (await response.json().catch(() => ({}))) as { sid?: unknown; message?: unknown; code?: unknown };
      if (!response.ok) {
        const why = typeof body.message === "string" ? body.message : response.statusText;
        throw new Error(`Twilio refused the message (HTTP ${response.status}${body.code ? `, code ${String(body.code)}` : ""}): ${why}`);
      }
      return { id: typeof body.sid === "string" ? body.sid : null };
    },
  };
}
