import type { Mail } from "@/lib/mail/send";

export type BackInStockItem = { variantId: number; slug: string; title: string; variant: string };

/** The one e-mail a subscriber gets when the variant is back: a link to the product page with that variant chosen. */
export function backInStockMail(to: string, item: BackInStockItem, siteUrl: string, shop: string): Mail {
  const origin = siteUrl.replace(/\/$/, "");
  const name = item.variant ? `${item.title} (${item.variant})` : item.title;
  const text = [
    `Good news: ${name} is back in stock at ${shop}.`,
    "",
    `Get it before it sells out again: ${origin}/p/${encodeURIComponent(item.slug)}?variant=${item.variantId}`,
    "",
    "You asked us to tell you once (Notify me). We will not e-mail you about it again unless you ask again.",
  ].join("\n");
  return { to, subject: `Back in stock: ${name}`, text, template: "back-in-stock" };
}
