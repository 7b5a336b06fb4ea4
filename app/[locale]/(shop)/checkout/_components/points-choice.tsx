import { formatMoney } from "@/lib/money";
import type { PriceSummary } from "@/lib/pricing/quote";

type Props = { summary: PriceSummary; checked: boolean; onChange: (checked: boolean) => void };

/** `Use points`, with the balance and what it can pay of this order (capped by the store's share). */
export function PointsChoice({ summary, checked, onChange }: Props) {
  const { balance, maxUsable } = summary.points;
  if (balance <= 0) return null;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-lg font-semibold">Points</legend>
      <p className="text-sm text-zinc-700">
        Your balance: <strong>{balance.toLocaleString("en-US")} points</strong>
      </p>
      {maxUsable > 0 ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="usePoints" checked={checked} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4" />
          Use points
          <span className="text-zinc-600">
            (up to {maxUsable.toLocaleString("en-US")} on this order
            {checked && summary.discounts.some((d) => d.source === "points")
              ? `: −${formatMoney({ amount: summary.discounts.find((d) => d.source === "points")!.amount, currency: summary.currency })}`
              : ""}
            )
          </span>
        </label>
      ) : (
        <p className="text-sm text-zinc-600">Points cannot pay for this order.</p>
      )}
    </fieldset>
  );
}
