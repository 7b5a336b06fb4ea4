import { useTranslations } from "next-intl";
import type { ReviewSummary as Summary } from "@/lib/reviews/types";
import { Stars } from "./stars";

const STARS = [5, 4, 3, 2, 1] as const;

/** Average, count and the 5→1 distribution; the bars are drawn for the eye, the numbers are text. */
export function ReviewSummary({ summary }: { summary: Summary }) {
  const t = useTranslations("reviews");
  if (summary.count === 0) return <p className="text-zinc-600">{t("none")}</p>;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:gap-10">
      <div className="flex flex-col gap-1">
        <p className="text-3xl font-semibold">{t("outOfFive", { rating: summary.average })}</p>
        <Stars rating={summary.average} size="lg" />
        <p className="text-sm text-zinc-600">{t("basedOn", { count: summary.count })}</p>
      </div>
      <ul aria-label={t("distribution")} className="flex min-w-0 flex-1 flex-col gap-1.5 text-sm sm:max-w-sm">
        {STARS.map((star) => {
          const n = summary.distribution[star];
          const percent = Math.round((n / summary.count) * 100);
          return (
            <li key={star} className="grid grid-cols-[4rem_1fr_5.5rem] items-center gap-2">
              <span>{t("stars", { count: star })}</span>
              <span aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-zinc-200">
                <span className="block h-full rounded-full bg-amber-500" style={{ width: `${percent}%` }} />
              </span>
              <span className="text-right tabular-nums text-zinc-600">{t("count", { count: n })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
