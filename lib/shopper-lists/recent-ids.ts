/** How many recently viewed products a guest's cookie keeps, and the account pages show. */
export const RECENT_SHOWN = 20;
/** How many a signed-in shopper's history keeps in the database. */
export const RECENT_KEPT = 50;

const MAX_ID = 2_147_483_647;

/**
 * Product ids from the guest cookie ("12.7.31", newest first): anything that is
 * not a positive integer is dropped, duplicates keep their newest place, at most RECENT_SHOWN.
 */
export function parseRecentIds(value: string | undefined | null): number[] {
  if (!value) return [];
  const out: number[] = [];
  for (const part of value.slice(0, 400).split(".")) {
    if (!/^[1-9][0-9]{0,9}$/.test(part)) continue;
    const id = Number(part);
    if (id <= MAX_ID && !out.includes(id)) out.push(id);
    if (out.length === RECENT_SHOWN) break;
  }
  return out;
}

/** `ids` with `productId` moved (or added) to the front, capped at RECENT_SHOWN. */
export function pushRecentId(ids: number[], productId: number): number[] {
  return [productId, ...ids.filter((id) => id !== productId)].slice(0, RECENT_SHOWN);
}

export function serializeRecentIds(ids: number[]): string {
  return ids.join(".");
}
