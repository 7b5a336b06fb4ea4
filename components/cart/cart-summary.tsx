import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { DiscountLines } from "@/components/pricing/discount-lines";
import type { CartView } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";
import type { PriceSummary } from "@/lib/pricing/quote";
import { CouponForm } from "./coupon-form";

/** Subtotal, each discount, the next spend-X-save-Y step, the coupon, and the way to checkout (only when something can be bought). */
export function CartSummary({
  cart,
  summary,
  couponCode,
  freeShipping = null,
}: {
  cart: CartView;
  summary: PriceSummary | null;
  couponCode: string | null;
  /** "Free Standard shipping on orders of $50.00 or more.", in the page's language, from the shipping rates (lib/settings/policies) */
  freeShipping?: string | null;
}) {
  const t = useTranslations("cart.summary");
  const locale = useLocale();
  const ready = cart.itemCount > 0;
  const money = (amount: number) => formatMoney({ amount, currency: cart.currency }, locale);
  const itemDiscounts = summary?.discounts.filter((d) => d.target === "items") ?? [];
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-4 rounded-2xl bg-zinc-50 p-5">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        <dt>{t("subtotal", { count: cart.itemCount })}</dt>
        <dd className="text-right font-semibold tabular-nums">{money(cart.subtotal)}</dd>
        <DiscountLines discounts={itemDiscounts} currency={cart.currency} />
        {itemDiscounts.length > 0 && summary && (
          <>
            <dt className="font-semibold">{t("itemsTotal")}</dt>
            <dd className="text-right font-semibold tabular-nums">
              {money(summary.subtotal - itemDiscounts.reduce((s, d) => s + d.amount, 0))}
            </dd>
          </>
        )}
      </dl>
      {summary?.nextTier && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("nextTier", { missing: money(summary.nextTier.missing), save: money(summary.nextTier.save) })}
          <span className="text-amber-800"> ({summary.nextTier.name})</span>
        </p>
      )}
      <p className="text-sm text-zinc-600">
        {t("shippingLater")}
        {freeShipping ? ` ${freeShipping}` : ""}
      </p>
      {ready && <CouponForm applied={couponCode} problem={summary?.couponError ?? null} />}
      {ready ? (
        <Link href="/checkout" className="rounded-full bg-zinc-900 px-6 py-3 text-center font-medium text-white hover:bg-zinc-700">
          {t("checkout")}
        </Link>
      ) : (
        <>
          <span
            aria-disabled="true"
            className="cursor-not-allowed rounded-full bg-zinc-300 px-6 py-3 text-center font-medium text-zinc-600"
          >
            {t("checkout")}
          </span>
          <p className="text-sm text-zinc-600">{t("nothingBuyable")}</p>
        </>
      )}
    </section>
  );
}
