import { useLocale, useTranslations } from "next-intl";
import { shippingCost, type ShippingMethod } from "@/lib/checkout/shipping-rules";
import { formatMoney } from "@/lib/money";

type Props = {
  methods: ShippingMethod[];
  value: string;
  onChange: (code: string) => void;
  subtotal: number;
  currency: string;
  error?: string;
};

/** One radio per shipping method, named by the method, with its price ("Free" over the threshold) and delivery time. */
export function ShippingChoice({ methods, value, onChange, subtotal, currency, error }: Props) {
  const t = useTranslations("checkoutForm");
  const locale = useLocale();
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  const estimate = (m: ShippingMethod) =>
    m.minDays === m.maxDays ? t("businessDaysExact", { days: m.maxDays }) : t("businessDays", { min: m.minDays, max: m.maxDays });
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "shippingMethod-error" : undefined}>
      <legend className="mb-2 text-lg font-semibold">{t("shippingMethod")}</legend>
      {methods.map((m) => {
        const cost = shippingCost(m, subtotal);
        const id = `shipping-${m.code}`;
        return (
          <div key={m.code} className="flex items-start gap-3 rounded-lg border border-zinc-300 p-3 has-[:checked]:border-zinc-900">
            <input
              id={id}
              type="radio"
              name="shippingMethod"
              value={m.code}
              checked={value === m.code}
              onChange={() => onChange(m.code)}
              aria-describedby={`${id}-details`}
              className="mt-1 h-4 w-4"
            />
            <div className="flex-1 text-sm">
              <label htmlFor={id} className="font-medium">
                {m.name}
              </label>
              <p id={`${id}-details`} className="text-zinc-600">
                {cost === 0 ? t("free") : money(cost)} · {estimate(m)}
                {m.description ? ` · ${m.description}` : ""}
                {m.freeOver != null && cost > 0 ? ` · ${t("freeFrom", { amount: money(m.freeOver) })}` : ""}
              </p>
            </div>
          </div>
        );
      })}
      {error && (
        <p id="shippingMethod-error" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
