import "server-only";
import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { carts } from "@/db/schema";
import { requestLocale } from "@/lib/i18n/server";
import { promotionNamesIn } from "@/lib/promotions/localized-names";
import { loadPricingInput, type ContextLine } from "./context";
import { priceOrder } from "./price-order";
import type { AppliedDiscount, NextTier, PricingResult } from "./types";

/** What the cart and checkout show of a priced cart: no ids of promotions, nothing the browser could send back. */
export type PriceSummary = {
  currency: string;
  subtotal: number;
  discounts: Pick<AppliedDiscount, "label" | "amount" | "target" | "source">[];
  shipping: number | null;
  total: number;
  couponError: string | null;
  nextTier: NextTier | null;
  points: PricingResult["points"];
  /** per line (by variant id): what the line costs after its discounts */
  linePaid: Record<number, number>;
};

/** `names`: automatic promotions' names in the page's language by id (their labels; a coupon's label is its code). */
export function summarize(result: PricingResult, names: ReadonlyMap<number, string> = new Map()): PriceSummary {
  const named = (id: number | null, name: string) => (id === null ? name : (names.get(id) ?? name));
  return {
    currency: result.currency,
    subtotal: result.subtotal,
    discounts: result.discounts.map(({ label, amount, target, source, promotionId }) => ({
      label: source === "automatic" ? named(promotionId, label) : label,
      amount,
      target,
      source,
    })),
    shipping: result.shipping,
    total: result.total,
    couponError: result.couponError,
    nextTier: result.nextTier && { ...result.nextTier, name: named(result.nextTier.promotionId, result.nextTier.name) },
    points: result.points,
    linePaid: Object.fromEntries(result.lines.map((l) => [l.key, l.paid])),
  };
}

/** The coupon the shopper applied in the cart (as typed), or null. */
export async function getCartCoupon(cartId: string | null, conn: DbOrTx = db): Promise<string | null> {
  if (!cartId) return null;
  const [row] = await conn.select({ couponCode: carts.couponCode }).from(carts).where(eq(carts.id, cartId));
  return row?.couponCode ?? null;
}

export type QuoteRequest = {
  cartId: string | null;
  lines: ContextLine[];
  currency: string;
  userId: string | null;
  email: string | null;
  /** shipping prices to quote (checkout: one per method); [null] for the cart, before a method is chosen */
  shippings: (number | null)[];
  /** override the cart's saved choice */
  couponCode?: string | null;
};

/**
 * Prices the cart through the one pipeline (lib/pricing/price-order.ts) for each
 * shipping price, with and without points, so the checkout form can show the
 * exact totals of every choice without a round trip. The order is priced again,
 * from the database, when it is placed.
 */
export async function quoteCart(
  req: QuoteRequest,
): Promise<{ withPoints: PriceSummary[]; withoutPoints: PriceSummary[]; couponCode: string | null }> {
  const couponCode = req.couponCode === undefined ? await getCartCoupon(req.cartId) : req.couponCode;
  const base = await loadPricingInput(db, {
    lines: req.lines,
    currency: req.currency,
    userId: req.userId,
    email: req.email,
    couponCode,
    usePoints: false,
    shipping: null,
  });
  const names = await promotionNamesIn(
    await requestLocale(),
    base.promotions.map((p) => p.id),
  );
  const price = (shipping: number | null, use: boolean) =>
    summarize(priceOrder({ ...base, shipping, points: { ...base.points, use } }), names);
  return {
    withPoints: req.shippings.map((s) => price(s, true)),
    withoutPoints: req.shippings.map((s) => price(s, false)),
    couponCode,
  };
}
