/** What GET /api/me/tier answers: the shopper's tier when it takes a percent off, else null. */
export type MemberPriceResponse = { tier: { name: string; percentOff: number } | null };

/** A unit price after the tier's percent off, as the pricing pipeline rounds it (the discount rounded half up). */
export function memberPrice(price: number, percentOff: number): number {
  return price - Math.floor((price * percentOff) / 100 + 0.5);
}
