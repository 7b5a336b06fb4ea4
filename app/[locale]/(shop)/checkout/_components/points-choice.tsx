import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import type { PriceSummary } from "@/lib/pricing/quote";

type Props = { summary: PriceSummary; checked: boolean; onChange: (checked: boolean) => void };

/** `Use points`, with the balance and what it can pay of this order (capped by the store's share). */
export function PointsChoice({ summary, checked, onChange }: Props) {
  const t = useTranslations("loyaltyCheckout");
  const locale = useLocale();
  const { balance, maxUsable } = summary.points;
  if (balance <= 0) return null;
  const used = checked ? summary.discounts.find((d) => d.source === "points") : undefined;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
      <p className="text-sm text-zinc-700">{t.rich("balance", { points: balance, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {maxUsable > 0 ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="usePoints" checked={checked} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4" />
          {t("usePoints")}
          <span className="text-zinc-600">
            {used
              ? t("upToWithAmount", { points: maxUsable, amount: formatMoney({ amount: used.amount, currency: summary.currency }, locale) })
              : t("upTo", { points: maxUsable })}
          </span>
        </label>
      ) : (
        <p className="text-sm text-zinc-600">{t("cannotPay")}</p>
      )}
    </fieldset>
  );
}
