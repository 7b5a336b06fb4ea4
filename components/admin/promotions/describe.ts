import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { PricingPromotion } from "@/lib/pricing/types";
import { formatMoney, intlLocale } from "@/lib/money";

/** What a promotion gives, as the pricing pipeline reads it. */
type Described = Pick<PricingPromotion, "type" | "amount" | "tiers" | "buyQuantity" | "getQuantity" | "minSpend" | "maxDiscount">;

/**
 * The back office's words for promotions in the page's language: what one gives ("10% off on $50.00
 * or more", "满¥100.00减¥10.00") and its window, in UTC ("2026-12-02 10:00" in English as before,
 * "2026年12月2日 10:00" in Chinese).
 */
export async function promotionWords() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("adminPromotions")]);
  const minuteFormat = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const minute = (d: Date) => (locale === DEFAULT_LOCALE ? d.toISOString().slice(0, 16).replace("T", " ") : minuteFormat.format(d));
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n);

  function promotion(p: Described, currency: string): string {
    const m = (amount: number) => formatMoney({ amount, currency }, locale);
    let text =
      p.type === "percent_off"
        ? t("describe.percentOff", { percent: String(p.amount) })
        : p.type === "fixed_off"
          ? t("describe.fixedOff", { amount: m(p.amount) })
          : p.type === "free_shipping"
            ? t("describe.freeShipping")
            : p.type === "buy_x_get_y"
              ? t("describe.buyGet", { buy: String(p.buyQuantity ?? "?"), get: String(p.getQuantity ?? "?") })
              : p.tiers
                  .map((tier) => t("describe.tier", { spend: m(tier.spend), save: m(tier.save) }))
                  .join(locale === DEFAULT_LOCALE ? "; " : "；");
    if (p.minSpend > 0) text = t("describe.withMin", { what: text, min: m(p.minSpend) });
    if (p.maxDiscount !== null) text = t("describe.withCap", { what: text, cap: m(p.maxDiscount) });
    return text;
  }

  function window(startsAt: Date | null, endsAt: Date | null): string {
    if (!startsAt && !endsAt) return t("window.always");
    if (!endsAt) return t("window.from", { start: minute(startsAt!) });
    if (!startsAt) return t("window.until", { end: minute(endsAt) });
    return t("window.between", { start: minute(startsAt), end: minute(endsAt) });
  }

  return { locale, promotion, window, minute, number };
}
export type PromotionWords = Awaited<ReturnType<typeof promotionWords>>;
