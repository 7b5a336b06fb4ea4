import { useTranslations } from "next-intl";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
import { formatSaleTime } from "@/lib/promotions/flash-sale-time";
import { Countdown } from "./countdown";

/** "Ends Wed 2 Dec, 20:30 UTC" in a `<time>` (plain text without JavaScript) and the live countdown beside it. */
export function SaleTime({ at, kind, serverNow }: { at: string; kind: "ends" | "starts"; serverNow?: string }) {
  const t = useTranslations("deals.time");
  const locale = usePageLocale();
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span>
        {t(kind)} <time dateTime={at}>{formatSaleTime(at, locale)}</time>
      </span>
      <Countdown until={at} kind={kind} serverNow={serverNow} />
    </span>
  );
}
