import { randomInt } from "node:crypto";
import { createHmac } from "node:crypto";

/** SMS codes follow the e-mail codes' rules (lib/auth/tokens.ts TOKEN_LIMITS). */
export const SMS_CODE_LIMITS = {
  ttlMinutes: 10,
  maxAttempts: 5,
  /** Per number and purpose: at most one new code per interval, and so many per hour. */
  minIntervalSeconds: 30,
  perHour: 5,
} as const;

export type SmsCodePurpose = "sign_in" | "verify";

export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * Only a keyed hash is stored (HMAC with `key`, the auth secret: a plain hash of a 6-digit code is undone by
 * hashing the million candidates), bound to purpose, number and account, so equal codes of two people or
 * purposes differ.
 */
export function smsCodeHash(key: string, purpose: SmsCodePurpose, phone: string, userId: string | null, code: string): string {
  return createHmac("sha256", key)
    .update(`sms_code:${purpose}:${phone}:${userId ?? ""}:${code}`)
    .digest("hex");
}

export type IssueRefusal = { reason: "too-soon"; seconds: number } | { reason: "too-many"; perHour: number; minutes: number };

/** Why no new code may be sent now, from the codes of the last hour; null when one may. */
export function issueRefusal(inLastHour: number, sinceLast: number | null, untilHourFree: number | null): IssueRefusal | null {
  if (sinceLast !== null && sinceLast < SMS_CODE_LIMITS.minIntervalSeconds)
    return { reason: "too-soon", seconds: Math.max(1, Math.ceil(SMS_CODE_LIMITS.minIntervalSeconds - sinceLast)) };
  if (inLastHour >= SMS_CODE_LIMITS.perHour)
    return { reason: "too-many", perHour: SMS_CODE_LIMITS.perHour, minutes: Math.max(1, Math.ceil((untilHourFree ?? 3600) / 60)) };
  return null;
}

/** The e-mail column of an account made by phone alone: a reserved, undeliverable domain (RFC 2606), unique per account. */
export const PHONE_ACCOUNT_EMAIL_DOMAIN = "phone.invalid";

export function isPhoneAccountEmail(email: string): boolean {
  return email.endsWith(`@${PHONE_ACCOUNT_EMAIL_DOMAIN}`);
}

/** Whether the owner has proven the account: its e-mail, or, for an account made by phone alone (no e-mail to prove), its number. */
export function isProvenAccount(user: { email: string; emailVerifiedAt: Date | null; phoneVerifiedAt: Date | null }): boolean {
  return !!user.emailVerifiedAt || (isPhoneAccountEmail(user.email) && !!user.phoneVerifiedAt);
}
