import type { PeriodTotals } from "@/lib/analytics/queries";
import { rate } from "@/lib/analytics/range";
import { DashboardChange } from "./dashboard-change";
import { formatCount, percent } from "./dashboard-format";

/** Product views → added to cart → orders, with the rate between each step and the change on the previous period. */
export function DashboardFunnel({ current, previous, days }: { current: PeriodTotals; previous: PeriodTotals; days: number }) {
  const steps = [
    { label: "Product views", now: current.productViews, before: previous.productViews, rate: null, of: "" },
    {
      label: "Added to cart",
      now: current.addToCarts,
      before: previous.addToCarts,
      rate: rate(current.addToCarts, current.productViews),
      of: "of views",
    },
    {
      label: "Orders",
      now: current.orders,
      before: previous.orders,
      rate: rate(current.orders, current.addToCarts),
      of: "of add-to-carts",
    },
  ];
  const overall = rate(current.orders, current.productViews);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-zinc-600">
        <span className="text-2xl font-bold tabular-nums text-zinc-950">{percent(overall)}</span> of product views became an order
      </p>
      <ol className="flex flex-col gap-3">
        {steps.map((s) => {
          const width = current.productViews > 0 ? Math.max(2, Math.round((s.now / current.productViews) * 100)) : 2;
          return (
            <li key={s.label} className="flex flex-col gap-1">
              <div className="flex items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">{s.label}</span>
                <span className="tabular-nums">
                  <span className="font-semibold">{formatCount(s.now)}</span>
                  {s.rate !== null || s.of ? (
                    <span className="text-zinc-600">
                      {" "}
                      · {percent(s.rate)} {s.of}
                    </span>
                  ) : null}
                </span>
              </div>
              <div aria-hidden="true" className="h-2 rounded-full bg-zinc-100">
                <div className="h-2 rounded-full bg-zinc-800" style={{ width: `${Math.min(100, width)}%` }} />
              </div>
              <DashboardChange current={s.now} previous={s.before} days={days} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
