import { useLocale } from "next-intl";
import { formatMoney } from "@/lib/money";

export type DiscountLineView = { label: string; amount: number };

/** Each discount as its own row of a totals list (`<dl>`): its label (promotion name or coupon code) and −amount. */
export function DiscountLines({ discounts, currency }: { discounts: DiscountLineView[]; currency: string }) {
  const locale = useLocale();
  return discounts.map((d, i) => (
    <div key={`${d.label}-${i}`} className="col-span-2 grid grid-cols-subgrid text-emerald-800">
      <dt>{d.label}</dt>
      <dd className="text-right tabular-nums">−{formatMoney({ amount: d.amount, currency }, locale)}</dd>
    </div>
  ));
}
