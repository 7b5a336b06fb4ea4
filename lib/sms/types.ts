/** One text message to a number in E.164. */
export type SmsMessage = { to: string; text: string };

/** What a provider answered: its id of the message, for support requests. */
export type SmsReceipt = { id: string | null };

/** A provider adapter (lib/sms/twilio.ts); `send` throws when the provider refuses. */
export interface SmsTransport {
  readonly name: string;
  send(message: SmsMessage): Promise<SmsReceipt>;
}
