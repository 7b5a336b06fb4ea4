import { MAX_PER_LINE } from "@/lib/cart/pricing";

/** How long a shared cart or favourites link works. */
export const SHARE_DAYS = 30;
/** At most this many lines are kept in a snapshot. */
export const MAX_SHARED_LINES = 100;

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Whether a string can be a share token (24 random bytes, base64url), so nothing else reaches the database. */
export function isShareToken(value: string | null | undefined): value is string {
  return !!value && TOKEN.test(value);
}

export type SnapshotLine = { variantId: number; quantity: number };

/** A cart's lines as a snapshot: one entry per variant (quantities added up), each 1 to 99, at most MAX_SHARED_LINES. */
export function snapshotItems(lines: SnapshotLine[]): SnapshotLine[] {
  const byVariant = new Map<number, number>();
  for (const l of lines) {
    if (!Number.isInteger(l.variantId) || l.variantId <= 0 || !Number.isInteger(l.quantity) || l.quantity <= 0) continue;
    byVariant.set(l.variantId, (byVariant.get(l.variantId) ?? 0) + l.quantity);
  }
  return [...byVariant]
    .slice(0, MAX_SHARED_LINES)
    .map(([variantId, quantity]) => ({ variantId, quantity: Math.min(quantity, MAX_PER_LINE) }));
}
