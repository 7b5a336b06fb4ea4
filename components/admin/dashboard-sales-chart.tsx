import { getLocale, getTranslations } from "next-intl/server";
import { niceScale } from "@/lib/analytics/chart-scale";
import type { SalesBucket } from "@/lib/analytics/range";
import { minorUnitDigits } from "@/lib/money";
import { formatCount, formatDay, formatDays, money } from "./dashboard-format";

const W = 600;
const H = 200;

const compactMoney = (minor: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(minor / 10 ** minorUnitDigits(currency));

const bucketName = (b: SalesBucket, locale: string) =>
  b.from === b.to ? formatDay(b.from, locale, true) : formatDays(b.from, b.to, locale);

/**
 * Revenue per bucket as bars, drawn on the server: an SVG named by a summary
 * (role="img"), HTML axis labels that stay readable at any width, and the
 * figures in a table under a <details> for anyone who wants them exactly.
 */
export async function DashboardSalesChart({ buckets, unit, currency }: { buckets: SalesBucket[]; unit: "day" | "week"; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("adminDashboard.chart"), getLocale()]);
  const max = Math.max(0, ...buckets.map((b) => b.revenue));
  const { top, ticks } = niceScale(max);
  const total = buckets.reduce((s, b) => s + b.revenue, 0);
  const orders = buckets.reduce((s, b) => s + b.orders, 0);
  const best = buckets.reduce<SalesBucket | null>((a, b) => (b.revenue > (a?.revenue ?? 0) ? b : a), null);
  const span = buckets.length ? formatDays(buckets[0]!.from, buckets.at(-1)!.to, locale) : "";
  const summary =
    total === 0
      ? t("summaryEmpty", { unit, span })
      : t("summary", {
          unit,
          span,
          total: money(total, currency, locale),
          count: orders,
          best: money(best!.revenue, currency, locale),
          bestName: bucketName(best!, locale),
        });
  const slot = W / Math.max(1, buckets.length);
  const gap = Math.min(slot * 0.25, 8);
  const labelEvery = Math.ceil(buckets.length / 6);
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-[auto_1fr] gap-x-2">
        <div
          aria-hidden="true"
          className="flex h-48 flex-col-reverse justify-between text-right text-xs tabular-nums text-zinc-500 sm:h-56"
        >
          {ticks.map((tick) => (
            <span key={tick} className="-my-2 leading-4">
              {compactMoney(tick, currency, locale)}
            </span>
          ))}
        </div>
        <div className="relative h-48 sm:h-56">
          <svg
            role="img"
            aria-label={summary}
            viewBox={`0 0 ${W} ${H}`}
            preserveAspectRatio="none"
            className="h-full w-full overflow-visible"
          >
            {ticks.map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={W}
                y1={H - (tick / top) * H}
                y2={H - (tick / top) * H}
                stroke="#e4e4e7"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {buckets.map((b, i) => {
              const h = (b.revenue / top) * H;
              return (
                <rect key={b.from} x={i * slot + gap / 2} y={H - h} width={slot - gap} height={h} rx={2} className="fill-zinc-800">
                  <title>
                    {t("bar", { name: bucketName(b, locale), revenue: money(b.revenue, currency, locale), orders: String(b.orders) })}
                  </title>
                </rect>
              );
            })}
          </svg>
          {total === 0 ? (
            <p aria-hidden="true" className="absolute inset-0 flex items-center justify-center text-sm text-zinc-500">
              {t("empty")}
            </p>
          ) : null}
        </div>
        <div />
        <div aria-hidden="true" className="relative mt-1 h-4 text-xs text-zinc-500">
          {buckets.map((b, i) =>
            i % labelEvery === 0 ? (
              // Every other label only from sm up: six do not fit a phone.
              <span
                key={b.from}
                className={`absolute -translate-x-1/2 whitespace-nowrap ${(i / labelEvery) % 2 === 1 ? "hidden sm:block" : ""}`}
                style={{ left: `${((i + 0.5) / buckets.length) * 100}%` }}
              >
                {formatDay(b.from, locale)}
              </span>
            ) : null,
          )}
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-zinc-700 hover:underline">{t("showTable")}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{t("tableCaption", { unit })}</caption>
          <thead className="border-b border-zinc-200 text-zinc-600">
            <tr>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                {unit === "day" ? t("day") : t("week")}
              </th>
              <th scope="col" className="py-1.5 pr-4 text-right font-medium">
                {t("orders")}
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                {t("revenue")}
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.from} className="border-b border-zinc-100">
                <th scope="row" className="py-1.5 pr-4 font-normal">
                  {bucketName(b, locale)}
                </th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatCount(b.orders, locale)}</td>
                <td className="py-1.5 text-right tabular-nums">{money(b.revenue, currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
