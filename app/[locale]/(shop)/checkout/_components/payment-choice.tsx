import { useTranslations } from "next-intl";
import { MethodIconImage } from "@/components/payments/method-icon";
import type { MethodIcon } from "@/lib/payments/methods";

/** A payment method as checkout shows it: its name already in the page's language. */
export type PaymentChoiceOption = { id: string; name: string; icon: MethodIcon };

type Props = { methods: PaymentChoiceOption[]; value: string; onChange: (id: string) => void; error?: string };

/** One radio per payment method the store enables, each named by the method, with its icon; the first is chosen unless changed. */
export function PaymentChoice({ methods, value, onChange, error }: Props) {
  const t = useTranslations("checkoutForm");
  if (methods.length === 0) return null;
  return (
    <fieldset role="radiogroup" className="flex flex-col gap-2" aria-describedby={error ? "paymentMethod-error" : undefined}>
      <legend className="mb-2 text-lg font-semibold">{t("paymentMethod")}</legend>
      {methods.map((m) => {
        const id = `payment-${m.id}`;
        return (
          <label
            key={m.id}
            htmlFor={id}
            className="flex items-center gap-3 rounded-lg border border-zinc-300 p-3 text-sm font-medium has-[:checked]:border-zinc-900"
          >
            <input
              id={id}
              type="radio"
              name="paymentMethod"
              value={m.id}
              checked={value === m.id}
              onChange={() => onChange(m.id)}
              className="h-4 w-4"
            />
            <MethodIconImage icon={m.icon} />
            {m.name}
          </label>
        );
      })}
      {error && (
        <p id="paymentMethod-error" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
