/** An amount in minor units (cents) with its ISO 4217 currency. */
export type Money = { amount: number; currency: string };

const formatters = new Map<string, Intl.NumberFormat>();

/** The Intl locale of one of our languages: English amounts read "$19.99" (en-US), Chinese "¥19.99" or "US$19.99". */
export function intlLocale(locale: string): string {
  return locale === "en" ? "en-US" : locale;
}

function formatter(currency: string, locale = "en") {
  const key = `${locale} ${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency });
    formatters.set(key, f);
  }
  return f;
}

/** Digits after the decimal point for a currency: 2 for USD, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return formatter(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units in one major unit ("1.00"): 100 for USD, 1 for JPY, 1000 for KWD. */
export function minorUnitsPerMajor(currency: string): number {
  return 10 ** minorUnitDigits(currency);
}

/** Minor units as a plain major-unit amount: 1999 USD → "19.99", 2000 USD → "20", 1500 JPY → "1500". */
export function formatMajorUnits(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const value = amount / 10 ** digits;
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

/**
 * Minor units as a decimal string with all of the currency's digits, for files
 * people compute with (CSV): 1250 USD → "12.50", 2000 → "20.00", -5 → "-0.05", 1500 JPY → "1500".
 * Integer arithmetic only, so any whole amount is exact.
 */
export function decimalAmount(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? "-" : "";
  const whole = String(Math.abs(amount));
  if (!digits) return `${sign}${whole}`;
  const padded = whole.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** An amount as the page's language writes it (English unless `locale` says otherwise); the currency is the amount's own, never converted. */
export function formatMoney({ amount, currency }: Money, locale = "en"): string {
  return formatter(currency, locale).format(amount / 10 ** minorUnitDigits(currency));
}

/** Parses a typed major-unit amount ("19.99", "20"; "1.250" in a three-digit currency) into minor units, or null. */
export function parseMajorUnits(input: string, currency: string): number | null {
  const text = input.trim();
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(text)) return null;
  const [whole, fraction = ""] = text.split(".");
  const digits = minorUnitDigits(currency);
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || 0);
}
