import { useTranslations } from "next-intl";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
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
  const t = useTranslations("deals.other");
  const flash = useTranslations("deals")("flashSale");
  const locale = usePageLocale();
  if (running.length === 0 && upcoming.length === 0) return null;
  const variant = (s: FlashSaleView) => s.variantTitle || "none";
  const money = (s: FlashSaleView) => formatMoney(s.salePrice, locale);
  const when = (iso: string) => <time dateTime={iso}>{formatSaleTime(iso, locale)}</time>;
  return (
    <ul className="flex flex-col gap-1 text-sm text-zinc-700">
      {running.map((s) =>
        s.remaining === 0 ? (
          <li key={s.id}>{t("soldOut", { variant: variant(s), price: money(s) })}</li>
        ) : (
          <li key={s.id} className="flex flex-wrap items-baseline gap-x-2">
            <span className="rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white">{flash}</span>
            <span>{t.rich("running", { variant: variant(s), price: money(s), time: () => when(s.endsAt) })}</span>
            {s.variantTitle && (
              <button type="button" onClick={() => onChoose(s.variantId)} className="font-medium underline">
                {t("choose", { variant: s.variantTitle })}
              </button>
            )}
          </li>
        ),
      )}
      {upcoming.map((s) => (
        <li key={s.id} className="flex flex-wrap items-baseline gap-x-2">
          <span>{t.rich("upcoming", { variant: variant(s), price: money(s), time: () => when(s.startsAt) })}</span>
          <Countdown until={s.startsAt} kind="starts" />
        </li>
      ))}
    </ul>
  );
}
