export const MAX_QUERY_LENGTH = 100;

/**
 * Normalises what a shopper typed: Unicode NFKC, no control characters,
 * collapsed spaces, at most MAX_QUERY_LENGTH characters.
 */
export function normaliseQuery(input: string | null | undefined): string {
  if (!input) return "";
  return input
    .slice(0, MAX_QUERY_LENGTH * 4)
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

const HAN = /\p{Script=Han}/u;

/** Whether a query is long enough to suggest for: 2+ characters, or 1 Chinese character. */
export function isSuggestible(query: string): boolean {
  return query.length >= 2 || HAN.test(query);
}

/**
 * A to_tsquery text matching every typed word as a prefix ("lin sh" →
 * "lin:* & sh:*"), or null when nothing word-like was typed. Only letters and
 * digits pass, so tsquery syntax can never be injected.
 */
export function prefixTsQuery(query: string): string | null {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}
