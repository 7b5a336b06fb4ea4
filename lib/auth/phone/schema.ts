import { z } from "zod";
import { normalisePhone } from "@/lib/phone/number";

/**
 * The phone forms' fields. Messages are keys of the `phone` namespace,
 * translated at the action boundary (./translate.ts).
 */
export const PHONE_ERRORS = {
  phoneMissing: "errors.phoneMissing",
  phoneInvalid: "errors.phoneInvalid",
  phoneNotMobile: "errors.phoneNotMobile",
  codeFormat: "errors.codeFormat",
  nameLong: "errors.nameLong",
  fix: "errors.fix",
} as const;

/** A mobile number as typed, read as E.164; numbers without +country code belong to `defaultCountry`. */
export function phoneField(defaultCountry: string) {
  return z
    .string()
    .trim()
    .min(1, PHONE_ERRORS.phoneMissing)
    .transform((typed, ctx) => {
      const parsed = normalisePhone(typed, defaultCountry);
      if (parsed.ok) return parsed.e164;
      ctx.addIssue({ code: "custom", message: parsed.reason === "not-mobile" ? PHONE_ERRORS.phoneNotMobile : PHONE_ERRORS.phoneInvalid });
      return z.NEVER;
    });
}

export const smsCodeField = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, PHONE_ERRORS.codeFormat));

const nameField = z.string().trim().max(100, PHONE_ERRORS.nameLong).optional().default("");

export function phoneRequestSchema(defaultCountry: string) {
  return z.object({ phone: phoneField(defaultCountry), name: nameField });
}

export function phoneSignInSchema(defaultCountry: string) {
  return z.object({ phone: phoneField(defaultCountry), code: smsCodeField, name: nameField });
}

export function phoneVerifySchema(defaultCountry: string) {
  return z.object({ phone: phoneField(defaultCountry), code: smsCodeField });
}
