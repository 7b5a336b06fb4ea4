import { formatSaleTime } from "@/lib/promotions/flash-sale-time";
import type { FlashSaleView } from "@/lib/promotions/flash-sales";
import { formatMoney } from "@/lib/money";
import { Countdown } from "@/components/promotions/countdown";

/**
 * Flash sales of the product's other variants (running, with a button choosing
 * that variant), sold-out and upcoming ones: a line each. Plain text without JavaScript.
 */
export function OtherFlashSales({
  running,
  upcoming,
  onChoose,
}: {
  running: FlashSaleView[];
  upcoming: FlashSaleView[];
  onChoose: (variantId: number) => void;
}) {
  if (running.length === 0 && upcoming.length === 0) return null;
  const name = (s: FlashSaleView) => (s.variantTitle ? ` on ${s.variantTitle}` : "");
  return (
    <ul className="flex flex-col gap-1 text-sm text-zinc-700">
      {running.map((s) =>
        s.remaining === 0 ? (
          <li key={s.id}>
            Flash sale{name(s)} at {formatMoney(s.salePrice)}: sold out
          </li>
        ) : (
          <li key={s.id} className="flex flex-wrap items-baseline gap-x-2">
            <span className="rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white">Flash sale</span>
            <span>
              {formatMoney(s.salePrice)}
              {name(s)}, ends <time dateTime={s.endsAt}>{formatSaleTime(s.endsAt)}</time>
            </span>
            {s.variantTitle && (
              <button type="button" onClick={() => onChoose(s.variantId)} className="font-medium underline">
                Choose {s.variantTitle}
              </button>
            )}
          </li>
        ),
      )}
      {upcoming.map((s) => (
        <li key={s.id} className="flex flex-wrap items-baseline gap-x-2">
          <span>
            Flash sale{name(s)} at {formatMoney(s.salePrice)} starts <time dateTime={s.startsAt}>{formatSaleTime(s.startsAt)}</time>
          </span>
          <Countdown until={s.startsAt} kind="starts" />
        </li>
      ))}
    </ul>
  );
}
