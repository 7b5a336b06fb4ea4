import { formatMoney } from "@/lib/money";
import type { ShopperPolicies } from "@/lib/settings/policies/queries";
import { dayCount, describeOffer } from "@/lib/settings/policies/texts";

/**
 * What a store page's `{{placeholder}}`s stand for, worded from the settings, so
 * a page keeps following them after the merchant edits its text (the return
 * window, the rates, the contact details). Values are Markdown.
 */
export type PageContext = Record<Placeholder, string>;

export const PLACEHOLDERS = [
  "storeName",
  "currency",
  "returnWindow",
  "returnWindowDays",
  "returnsSummary",
  "shippingRefund",
  "shippingSummary",
  "shippingRates",
  "freeShipping",
  "contact",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Plain text made safe to drop into Markdown: its punctuation stays punctuation. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&")
    .replace(/^(\s*)(\d+)\./gm, "$1$2\\.")
    .replace(/^(\s*)-/gm, "$1\\-");
}

/** The contact details as a Markdown list (e-mail as a mailto: link), or a sentence when none are set. */
export function contactMarkdown(p: Pick<ShopperPolicies["policies"], "contactEmail" | "contactPhone" | "storeAddress">): string {
  const lines = [
    p.contactEmail && `- E-mail: [${escapeMarkdown(p.contactEmail)}](mailto:${p.contactEmail})`,
    p.contactPhone && `- Phone: ${escapeMarkdown(p.contactPhone)}`,
    p.storeAddress &&
      `- Address: ${escapeMarkdown(
        p.storeAddress
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
          .join(", "),
      )}`,
  ].filter(Boolean);
  return lines.length ? lines.join("\n") : "Reply to any e-mail we sent you about your order and we will get back to you.";
}

export function pageContext(s: ShopperPolicies): PageContext {
  const p = s.policies;
  return {
    storeName: escapeMarkdown(s.storeName),
    currency: s.currency,
    returnWindow: dayCount(p.returnWindowDays),
    returnWindowDays: String(p.returnWindowDays),
    returnsSummary: escapeMarkdown(s.returns),
    shippingRefund: p.refundShippingOnReturn ? "The shipping you paid is refunded too." : "The shipping you paid is not refunded.",
    shippingSummary: escapeMarkdown(s.shipping),
    shippingRates: s.offers.length
      ? s.offers
          .map(
            (o) =>
              `- ${escapeMarkdown(describeOffer(o, s.currency))}${o.freeOver !== null && o.price > 0 ? `, free on orders of ${escapeMarkdown(formatMoney({ amount: o.freeOver, currency: s.currency }))} or more` : ""}`,
          )
          .join("\n")
      : "Shipping options and prices are shown at checkout.",
    freeShipping: s.freeShipping ? `${escapeMarkdown(s.freeShipping)}.` : "",
    contact: contactMarkdown(p),
  };
}

/** Replaces every known `{{placeholder}}` (spaces inside the braces allowed); unknown ones stay as written. */
export function fillPlaceholders(body: string, context: PageContext): string {
  return body.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(context, name) ? context[name as Placeholder] : whole,
  );
}
