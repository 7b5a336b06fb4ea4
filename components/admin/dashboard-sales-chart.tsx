import { niceScale } from "@/lib/analytics/chart-scale";
import type { SalesBucket } from "@/lib/analytics/range";
import { minorUnitDigits } from "@/lib/money";
import { formatCount, formatDay, formatDays, money } from "./dashboard-format";

const W = 600;
const H = 200;

const compactMoney = (minor: number, currency: string) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(minor / 10 ** minorUnitDigits(currency));

const bucketName = (b: SalesBucket) => (b.from === b.to ? formatDay(b.from, true) : formatDays(b.from, b.to));

/**
 * Revenue per bucket as bars, drawn on the server: an SVG named by a summary
 * (role="img"), HTML axis labels that stay readable at any width, and the
 * figures in a table under a <details> for anyone who wants them exactly.
 */
export function DashboardSalesChart({ buckets, unit, currency }: { buckets: SalesBucket[]; unit: "day" | "week"; currency: string }) {
  const max = Math.max(0, ...buckets.map((b) => b.revenue));
  const { top, ticks } = niceScale(max);
  const total = buckets.reduce((s, b) => s + b.revenue, 0);
  const orders = buckets.reduce((s, b) => s + b.orders, 0);
  const best = buckets.reduce<SalesBucket | null>((a, b) => (b.revenue > (a?.revenue ?? 0) ? b : a), null);
  const span = buckets.length ? formatDays(buckets[0]!.from, buckets.at(-1)!.to) : "";
  const summary =
    total === 0
      ? `Sales chart, revenue per ${unit}, ${span}: no paid orders in this period.`
      : `Sales chart, revenue per ${unit}, ${span}: ${money(total, currency)} from ${formatCount(orders)} ${orders === 1 ? "order" : "orders"}; highest ${money(best!.revenue, currency)} (${bucketName(best!)}).`;
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
          {ticks.map((t) => (
            <span key={t} className="-my-2 leading-4">
              {compactMoney(t, currency)}
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
            {ticks.map((t) => (
              <line
                key={t}
                x1={0}
                x2={W}
                y1={H - (t / top) * H}
                y2={H - (t / top) * H}
                stroke="#e4e4e7"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {buckets.map((b, i) => {
              const h = (b.revenue / top) * H;
              return (
                <rect key={b.from} x={i * slot + gap / 2} y={H - h} width={slot - gap} height={h} rx={2} className="fill-zinc-800">
                  <title>{`${bucketName(b)}: ${money(b.revenue, currency)}, ${b.orders} orders`}</title>
                </rect>
              );
            })}
          </svg>
          {total === 0 ? (
            <p aria-hidden="true" className="absolute inset-0 flex items-center justify-center text-sm text-zinc-500">
              No paid orders in this period yet
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
                {formatDay(b.from)}
              </span>
            ) : null,
          )}
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-zinc-700 hover:underline">Show the chart as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">Revenue and orders per {unit}</caption>
          <thead className="border-b border-zinc-200 text-zinc-600">
            <tr>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                {unit === "day" ? "Day" : "Week"}
              </th>
              <th scope="col" className="py-1.5 pr-4 text-right font-medium">
                Orders
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Revenue
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.from} className="border-b border-zinc-100">
                <th scope="row" className="py-1.5 pr-4 font-normal">
                  {bucketName(b)}
                </th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatCount(b.orders)}</td>
                <td className="py-1.5 text-right tabular-nums">{money(b.revenue, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
