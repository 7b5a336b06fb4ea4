import type { StoreSettingsRow } from "@/db/schema";
import { deliveryEstimate } from "@/lib/checkout/shipping-rules";
import { formatMoney } from "@/lib/money";

/** The store's policies as shoppers read them and other features use them (returns, invoices, e-mails). */
export type StorePolicies = {
  /** returns may be asked for this many days after delivery */
  returnWindowDays: number;
  /** a return's refund includes the order's shipping */
  refundShippingOnReturn: boolean;
  /** the merchant's own short texts for product pages; null: worded from the settings */
  shippingSummary: string | null;
  returnsSummary: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** the seller's postal address (several lines), or null */
  storeAddress: string | null;
};

export const DEFAULT_RETURN_WINDOW_DAYS = 30;

type SavedPolicies = Partial<
  Pick<
    StoreSettingsRow,
    "returnWindowDays" | "refundShippingOnReturn" | "shippingSummary" | "returnsSummary" | "contactEmail" | "contactPhone" | "storeAddress"
  >
>;

const blankToNull = (s: string | null | undefined) => s?.trim() || null;

/** The saved row's policy columns, with the column defaults when there is no row. */
export function resolveStorePolicies(row: SavedPolicies | null | undefined): StorePolicies {
  return {
    returnWindowDays: row?.returnWindowDays ?? DEFAULT_RETURN_WINDOW_DAYS,
    refundShippingOnReturn: row?.refundShippingOnReturn ?? false,
    shippingSummary: blankToNull(row?.shippingSummary),
    returnsSummary: blankToNull(row?.returnsSummary),
    contactEmail: blankToNull(row?.contactEmail),
    contactPhone: blankToNull(row?.contactPhone),
    storeAddress: blankToNull(row?.storeAddress),
  };
}

/** An active shipping rate as the policy texts describe it (prices in the store currency). */
export type ShippingOffer = { name: string; price: number; freeOver: number | null; minDays: number; maxDays: number };

/** The lowest subtotal from which some rate ships free, or null when none does (a rate that is always free counts as 0). */
export function freeShippingFrom(offers: readonly ShippingOffer[]): number | null {
  const thresholds = offers.map((o) => (o.price === 0 ? 0 : o.freeOver)).filter((n): n is number => n !== null);
  return thresholds.length ? Math.min(...thresholds) : null;
}

/**
 * What a free-shipping sentence says, for wording it in any language: null when no rate is
 * ever free; `from` 0 when every order ships free; else the threshold and the one rate that
 * ships free from it ("any" when several do).
 */
export function freeShippingTerms(offers: readonly ShippingOffer[]): { from: number; rate: string } | null {
  const from = freeShippingFrom(offers);
  if (from === null) return null;
  const free = offers.filter((o) => o.price > 0 && o.freeOver === from).map((o) => o.name);
  return { from, rate: free.length === 1 ? free[0]! : "any" };
}

/** "Free shipping on orders over $50.00", "Free shipping on every order", or null when no rate is ever free (English: pages word it from messages). */
export function freeShippingSentence(offers: readonly ShippingOffer[], currency: string): string | null {
  const terms = freeShippingTerms(offers);
  if (terms === null) return null;
  if (terms.from === 0) return "Free shipping on every order";
  const which = terms.rate === "any" ? "Free shipping" : `Free ${terms.rate} shipping`;
  return `${which} on orders of ${formatMoney({ amount: terms.from, currency })} or more`;
}

/** "Standard (3–5 business days, $4.99)": one rate in words. */
export function describeOffer(offer: ShippingOffer, currency: string): string {
  const price = offer.price === 0 ? "free" : formatMoney({ amount: offer.price, currency });
  return `${offer.name} (${deliveryEstimate(offer)}, ${price})`;
}

/**
 * The shipping note on product pages and in the footer: the merchant's summary,
 * else the active rates and the free-shipping threshold in words.
 */
export function shippingSummaryText(policies: Pick<StorePolicies, "shippingSummary">, offers: readonly ShippingOffer[], currency: string) {
  if (policies.shippingSummary) return policies.shippingSummary;
  if (offers.length === 0) return "Shipping options and prices are shown at checkout.";
  const ways = offers.map((o) => describeOffer(o, currency));
  const list = ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(", ")} or ${ways.at(-1)}`;
  const free = freeShippingSentence(offers, currency);
  return `Ships by ${list}.${free ? ` ${free}.` : ""}`;
}

/** "30 days", "1 day". */
export const dayCount = (days: number) => `${days} ${days === 1 ? "day" : "days"}`;

/** The returns note on product pages: the merchant's summary, else the window and what a return refunds, in words. */
export function returnsSummaryText(policies: Pick<StorePolicies, "returnsSummary" | "returnWindowDays" | "refundShippingOnReturn">) {
  if (policies.returnsSummary) return policies.returnsSummary;
  return `Return items within ${dayCount(policies.returnWindowDays)} of delivery for a refund of what you paid for them${
    policies.refundShippingOnReturn ? ", shipping included" : " (the shipping cost is not refunded)"
  }.`;
}

/** The footer's line about returns. */
export const returnWindowLine = (policies: Pick<StorePolicies, "returnWindowDays">) =>
  `Returns within ${dayCount(policies.returnWindowDays)} of delivery`;
