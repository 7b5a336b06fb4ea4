import type { ProductCard } from "@/lib/catalog/types";

/** What we know of a shopper, newest first in each list. Guests have only `viewed` (their cookie). */
export type ShopperSignals = {
  viewed: number[];
  favourites: number[];
  cart: number[];
  /** Products of their paid orders, newest first, with whether each is bought again regularly. */
  bought: { productId: number; consumable: boolean }[];
};

export const NO_SIGNALS: ShopperSignals = { viewed: [], favourites: [], cart: [], bought: [] };

/** How many products of the shopper's history seed "Recommended for you": bounds the pairs read. */
export const MAX_SEEDS = 30;

export function hasSignals(s: ShopperSignals): boolean {
  return s.viewed.length + s.favourites.length + s.cart.length + s.bought.length > 0;
}

/**
 * Each seed product with its weight: the cart and favourites say most about what the shopper wants
 * now, purchases a little less, views least and less the older they are (their place in the list).
 * A product in several lists adds up; at most MAX_SEEDS, the heaviest.
 */
export function seedWeights(s: ShopperSignals): { productId: number; weight: number }[] {
  const weights = new Map<number, number>();
  const add = (ids: number[], weight: (i: number) => number) => ids.forEach((id, i) => weights.set(id, (weights.get(id) ?? 0) + weight(i)));
  add(s.cart, () => 3);
  add(s.favourites, (i) => (i < 10 ? 3 : 2));
  add(
    s.bought.map((b) => b.productId),
    () => 2,
  );
  add(s.viewed, (i) => Math.max(0.5, 1.5 - i * 0.1));
  return [...weights]
    .map(([productId, weight]) => ({ productId, weight: Math.round(weight * 100) / 100 }))
    .sort((a, b) => b.weight - a.weight || a.productId - b.productId)
    .slice(0, MAX_SEEDS);
}

/**
 * Products "Recommended for you" never offers: what is in the cart, what was bought (unless it is
 * bought again regularly: consumable), and the products that seeded it (viewed, favourites), which
 * have their own lists; consumables bought before stay offerable even when they were viewed.
 */
export function excludedFor(s: ShopperSignals): Set<number> {
  const consumable = new Set(s.bought.filter((b) => b.consumable).map((b) => b.productId));
  const out = new Set<number>([...s.cart, ...s.bought.filter((b) => !b.consumable).map((b) => b.productId)]);
  for (const id of [...s.viewed, ...s.favourites]) if (!consumable.has(id)) out.add(id);
  return out;
}

/**
 * Up to `limit` cards: the first list's in order, then each fallback's, skipping the excluded, the
 * out-of-stock and any already taken (recommendations never offer what cannot be bought now).
 */
export function fillUp(lists: ProductCard[][], exclude: ReadonlySet<number>, limit: number): ProductCard[] {
  const out: ProductCard[] = [];
  const taken = new Set(exclude);
  for (const list of lists) {
    for (const card of list) {
      if (out.length === limit) return out;
      if (taken.has(card.id) || !card.inStock) continue;
      taken.add(card.id);
      out.push(card);
    }
  }
  return out;
}

/**
 * How many rows to ask a fallback list for when `have` of `limit` are found: 0 when full, else enough
 * to cover the missing ones even if every excluded or already-found product is among its top rows.
 */
export function fallbackSize(have: number, limit: number, excluded: number): number {
  return have >= limit ? 0 : limit + have + excluded;
}

/** A PostgreSQL integer array literal ("{1,2,3}") of positive integer ids, for `= any(…::int[])`. */
export function intArrayLiteral(ids: Iterable<number>): string {
  return `{${[...ids].filter((id) => Number.isSafeInteger(id) && id > 0).join(",")}}`;
}

/** The price band "Similar products" are taken from, around the product's lowest price (minor units). */
export function priceBand(priceMin: number): { low: number; high: number } {
  return { low: Math.floor(priceMin / 2), high: priceMin * 2 };
}
