const SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"];

/** Orders option values as a shopper expects: S < M < L, 38 < 40, 64 GB < 128 GB, else A–Z. */
export function compareOptionValues(a: string, b: string): number {
  const sa = SIZE_ORDER.indexOf(a);
  const sb = SIZE_ORDER.indexOf(b);
  if (sa >= 0 && sb >= 0) return sa - sb;
  const na = Number.parseFloat(a);
  const nb = Number.parseFloat(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  return a.localeCompare(b);
}
