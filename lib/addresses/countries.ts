/** Countries we ship to, ISO 3166-1 alpha-2 code → English name, in display order. */
export const COUNTRIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: "US", name: "United States" },
  { code: "CA", name: "Canada" },
  { code: "GB", name: "United Kingdom" },
  { code: "IE", name: "Ireland" },
  { code: "AU", name: "Australia" },
  { code: "NZ", name: "New Zealand" },
  { code: "DE", name: "Germany" },
  { code: "FR", name: "France" },
  { code: "NL", name: "Netherlands" },
  { code: "BE", name: "Belgium" },
  { code: "LU", name: "Luxembourg" },
  { code: "AT", name: "Austria" },
  { code: "CH", name: "Switzerland" },
  { code: "IT", name: "Italy" },
  { code: "ES", name: "Spain" },
  { code: "PT", name: "Portugal" },
  { code: "DK", name: "Denmark" },
  { code: "SE", name: "Sweden" },
  { code: "NO", name: "Norway" },
  { code: "FI", name: "Finland" },
  { code: "PL", name: "Poland" },
  { code: "CZ", name: "Czechia" },
  { code: "JP", name: "Japan" },
  { code: "KR", name: "South Korea" },
  { code: "CN", name: "China" },
  { code: "HK", name: "Hong Kong" },
  { code: "TW", name: "Taiwan" },
  { code: "SG", name: "Singapore" },
  { code: "IN", name: "India" },
  { code: "MX", name: "Mexico" },
  { code: "BR", name: "Brazil" },
];

export const DEFAULT_COUNTRY = "US";

const codes = new Set(COUNTRIES.map((c) => c.code));

export function isShippingCountry(code: string): boolean {
  return codes.has(code);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in `locale`: our English names for English, the platform's (CLDR) names for other languages. */
export function countryName(code: string, locale = "en"): string {
  const english = COUNTRIES.find((c) => c.code === code)?.name ?? code;
  if (locale === "en") return english;
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" })));
  try {
    return names.of(code) ?? english;
  } catch {
    return english;
  }
}
