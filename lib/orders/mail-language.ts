import { DEFAULT_LOCALE, isLocale, localizePath, type Locale } from "@/lib/i18n/locales";
import { type Translate, translator } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money";
import { guestOrderLink } from "./guest-link";

// messages: mailOrders.*

/**
 * Every e-mail about an order is written in the order's language (orders.locale, the shopper's at
 * checkout), whoever causes it: the shopper, staff on an English back-office page, a job.
 */
export function orderLocale(order: { locale?: string | null }): Locale {
  return isLocale(order.locale) ? order.locale : DEFAULT_LOCALE;
}

/** What an order e-mail is written with: the messages of mailOrders and money, in the order's language. */
export type OrderMailWriter = { t: Translate; locale: Locale; money: (amount: number) => string };

/** An e-mail's subject and paragraphs, written by `w`. */
export type OrderMailText = (w: OrderMailWriter) => { subject: string; lines: string[] };

export function orderMailWriter(order: { locale?: string | null; currency: string }): OrderMailWriter {
  const locale = orderLocale(order);
  return { t: translator(locale, "mailOrders"), locale, money: (amount) => formatMoney({ amount, currency: order.currency }, locale) };
}

/**
 * The way back to the order, on the pages in its language: a signed-in shopper's order page, or a guest's
 * link that lets whoever holds it manage the order (a secret: the caller redacts it from the stored copy).
 */
export function orderAccess(
  w: OrderMailWriter,
  origin: string,
  order: { id: string; number: string; userId: string | null },
  lookUp: boolean,
): { lines: string[]; link: string | null } {
  const page = (path: string) => `${origin}${localizePath(path, w.locale)}`;
  if (order.userId) return { lines: [w.t("seeOrder", { link: page(`/orders/${order.number}`) })], link: null };
  const link = guestOrderLink(page("/").replace(/\/$/, ""), order);
  const lines = [w.t("manageOrder", { link })];
  if (lookUp) lines.push(w.t("lookUp", { track: page("/track"), number: order.number }));
  return { lines, link };
}
