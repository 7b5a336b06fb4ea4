import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

export type PhoneParse = { ok: true; e164: string } | { ok: false; reason: "invalid" | "not-mobile" };

/**
 * A mobile number as typed ("138 0013 8000", "+1 (415) 555-0100") in E.164
 * ("+8613800138000"). Numbers without a +country code are read as numbers of
 * `defaultCountry`. Uses the full metadata ("max"), which knows each country's
 * number ranges and which of them are mobile: a code cannot reach a landline.
 */
export function normalisePhone(input: string, defaultCountry: string): PhoneParse {
  const trimmed = input.trim().replace(/^00/, "+");
  if (trimmed.length > 32 || !/^[+\d\s().-]+$/.test(trimmed)) return { ok: false, reason: "invalid" };
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry as CountryCode);
  if (!parsed?.isValid()) return { ok: false, reason: "invalid" };
  const type = parsed.getType();
  if (type !== undefined && type !== "MOBILE" && type !== "FIXED_LINE_OR_MOBILE") return { ok: false, reason: "not-mobile" };
  return { ok: true, e164: parsed.number };
}

/** How a stored E.164 number is shown: international format ("+86 138 0013 8000"). */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** A number with all but its last 4 digits hidden ("+86 *** **** 8000"), for messages that anyone at the screen may read. */
export function maskPhone(e164: string): string {
  const shown = formatPhone(e164);
  let keep = 4;
  const chars = [...shown];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/\d/.test(chars[i]!)) continue;
    if (keep > 0) keep--;
    else if (!shown.slice(0, i + 1).match(/^\+\d+$/)) chars[i] = "*";
  }
  return chars.join("");
}
