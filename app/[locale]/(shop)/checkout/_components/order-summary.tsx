import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { CheckoutLine } from "@/lib/checkout/cart-lines";
import { formatMoney } from "@/lib/money";

/** The cart as it will be ordered, priced from the database; `children` (the store's policy note) under it. */
export function OrderSummary({ lines, children }: { lines: CheckoutLine[]; children?: React.ReactNode }) {
  const t = useTranslations("checkout.summary");
  const locale = useLocale();
  return (
    <section aria-labelledby="summary-heading" className="rounded-xl border border-zinc-200 p-4 lg:sticky lg:top-36">
      <h2 id="summary-heading" className="mb-3 text-lg font-semibold">
        {t("heading")}
      </h2>
      <ul className="divide-y divide-zinc-100">
        {lines.map((l) => (
          <li key={l.variantId} className="flex gap-3 py-2 text-sm">
            {l.imageUrl && <img src={l.imageUrl} alt="" width={48} height={48} className="h-12 w-12 rounded object-cover" />}
            <div className="flex-1">
              <p className="font-medium">{l.productTitle}</p>
              {l.variantTitle && <p className="text-zinc-600">{l.variantTitle}</p>}
              <p className="text-zinc-600">
                {l.quantity} × {formatMoney({ amount: l.unitPrice, currency: l.currency }, locale)}
              </p>
              {!l.available && <p className="text-rose-700">{t("unavailable")}</p>}
              {l.available && l.stock < l.quantity && <p className="text-rose-700">{t("onlyLeft", { stock: l.stock })}</p>}
            </div>
            <p className="font-medium">{formatMoney({ amount: l.unitPrice * l.quantity, currency: l.currency }, locale)}</p>
          </li>
        ))}
      </ul>
      <Link href="/cart" className="mt-2 inline-block text-sm underline">
        {t("editCart")}
      </Link>
      {children}
    </section>
  );
}
