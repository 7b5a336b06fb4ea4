/** Cart arithmetic: pure, so the server, tests and any optimistic UI agree. Amounts are minor units. */

export const MAX_PER_LINE = 99;

/** The most of one variant a line may hold: the stock, and never more than MAX_PER_LINE. */
export function clampQuantity(requested: number, stock: number): number {
  return Math.max(0, Math.min(Math.trunc(requested), Math.max(0, stock), MAX_PER_LINE));
}

/** Why a quantity had to be lowered, or null when it fits; `preorder`: the limit is what a pre-order leaves, not stock. */
export function clampMessage(requested: number, stock: number, preorder = false): string | null {
  const allowed = clampQuantity(requested, stock);
  if (allowed >= requested) return null;
  if (stock <= 0) return "Out of stock";
  if (allowed < stock) return `You can buy at most ${MAX_PER_LINE} of one item`;
  return preorder ? `Only ${stock} left to pre-order` : `Only ${stock} left in stock`;
}

export type LineNoticeKind = "unavailable" | "out-of-stock" | "clamped";
export type LineNotice = { kind: LineNoticeKind; message: string };

export type PricingLine = {
  /** quantity saved in the cart */
  quantity: number;
  unitPrice: number;
  currency: string;
  /** the most one line may hold: the stock, or what a pre-order limit leaves when that is more */
  stock: number;
  /** the stock on hand, when it differs from `stock` because of a pre-order */
  onHand?: number;
  /** the product is active and the variant exists */
  available: boolean;
};

export type PricedLine<T extends PricingLine> = T & {
  /** what would be bought: the saved quantity, clamped to stock and MAX_PER_LINE */
  quantity: number;
  /** the quantity saved in the cart, before clamping */
  savedQuantity: number;
  lineTotal: number;
  /** counted in the subtotal and sent to checkout */
  purchasable: boolean;
  notice: LineNotice | null;
};

export type PricedCart<T extends PricingLine> = {
  lines: PricedLine<T>[];
  subtotal: number;
  itemCount: number;
  currency: string;
};

function noticeFor(line: PricingLine, currency: string): LineNotice | null {
  if (!line.available || line.currency !== currency) return { kind: "unavailable", message: "No longer available" };
  if (line.stock <= 0) return { kind: "out-of-stock", message: "Out of stock" };
  const message = clampMessage(line.quantity, line.stock, line.onHand !== undefined && line.onHand < line.stock);
  return message ? { kind: "clamped", message } : null;
}

/**
 * Line totals, subtotal and item count from prices read from the database.
 * Lines that cannot be bought (unavailable, out of stock, another currency)
 * stay in the cart with a notice and count for nothing.
 */
export function priceCart<T extends PricingLine>(lines: T[], currency: string): PricedCart<T> {
  let subtotal = 0;
  let itemCount = 0;
  const priced = lines.map((line): PricedLine<T> => {
    const notice = noticeFor(line, currency);
    const purchasable = notice === null || notice.kind === "clamped";
    const quantity = purchasable ? clampQuantity(line.quantity, line.stock) : line.quantity;
    const lineTotal = purchasable ? quantity * line.unitPrice : 0;
    if (purchasable) {
      subtotal += lineTotal;
      itemCount += quantity;
    }
    return { ...line, quantity, savedQuantity: line.quantity, lineTotal, purchasable, notice };
  });
  return { lines: priced, subtotal, itemCount, currency };
}
