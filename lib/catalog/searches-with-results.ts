/**
 * Searches this instance has seen return results, newest last, at most
 * MAX_REMEMBERED. proxy.ts sends only these to the cached twin route
 * (/search/v/[key]): a query nobody has found anything with renders per
 * request and is never written to the cache, so random queries cannot fill it.
 * Kept on globalThis because proxy.ts and the pages are bundled apart but run
 * in one Node process.
 */
export const MAX_REMEMBERED = 2_000;

type Store = { __mercatoSearchesWithResults?: Set<string> };
const store = () => ((globalThis as Store).__mercatoSearchesWithResults ??= new Set<string>());

/** Called by the search page when a (normalised) query found products. */
export function rememberSearchWithResults(q: string): void {
  const known = store();
  if (known.has(q)) return;
  known.add(q);
  if (known.size > MAX_REMEMBERED) known.delete(known.values().next().value!);
}

export function hasKnownResults(q: string): boolean {
  return store().has(q);
}
