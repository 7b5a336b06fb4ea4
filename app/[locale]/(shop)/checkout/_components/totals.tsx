import { useLocale, useTranslations } from "next-intl";
import { DiscountLines } from "@/components/pricing/discount-lines";
import { formatMoney } from "@/lib/money";
import type { PriceSummary } from "@/lib/pricing/quote";

/**
 * Subtotal, each discount, shipping and total as they will be charged: the
 * server priced this choice with the order's own pipeline, and prices it again
 * when the order is placed.
 */
/** `earns`: say how many points the order earns (signed-in shoppers; guests earn none). */
export function Totals({ summary, earns }: { summary: PriceSummary | null; earns: boolean }) {
  const t = useTranslations("checkoutForm.totals");
  const points = useTranslations("loyaltyCheckout");
  const locale = useLocale();
  if (!summary) return null;
  const money = (amount: number) => formatMoney({ amount, currency: summary.currency }, locale);
  const items = summary.discounts.filter((d) => d.target === "items");
  const shippingDiscounts = summary.discounts.filter((d) => d.target === "shipping");
  return (
    <dl aria-label={t("label")} className="grid grid-cols-[1fr_auto] gap-y-1 rounded-xl bg-zinc-50 p-4 text-sm">
      <dt>{t("subtotal")}</dt>
      <dd className="text-right tabular-nums">{money(summary.subtotal)}</dd>
      <DiscountLines discounts={items} currency={summary.currency} />
      <dt>{t("shipping")}</dt>
      <dd className="text-right tabular-nums">
        {summary.shipping == null ? t("chooseMethod") : summary.shipping === 0 ? t("free") : money(summary.shipping)}
      </dd>
      <DiscountLines discounts={shippingDiscounts} currency={summary.currency} />
      <dt className="text-base font-semibold">{t("total")}</dt>
      <dd className="text-right text-base font-semibold tabular-nums">{money(summary.total)}</dd>
      {earns && summary.points.willEarn > 0 && (
        <p className="col-span-2 pt-1 text-zinc-600">{points("willEarn", { points: summary.points.willEarn })}</p>
      )}
    </dl>
  );
}
