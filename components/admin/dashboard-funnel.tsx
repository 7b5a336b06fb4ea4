import { getLocale, getTranslations } from "next-intl/server";
import type { PeriodTotals } from "@/lib/analytics/queries";
import { rate } from "@/lib/analytics/range";
import { DashboardChange } from "./dashboard-change";
import { formatCount, percent } from "./dashboard-format";

/** Product views → added to cart → orders, with the rate between each step and the change on the previous period. */
export async function DashboardFunnel({ current, previous, days }: { current: PeriodTotals; previous: PeriodTotals; days: number }) {
  const [t, locale] = await Promise.all([getTranslations("adminDashboard.funnel"), getLocale()]);
  const steps = [
    { key: "views", label: t("views"), now: current.productViews, before: previous.productViews, rate: null, of: "" },
    {
      key: "cart",
      label: t("addedToCart"),
      now: current.addToCarts,
      before: previous.addToCarts,
      rate: rate(current.addToCarts, current.productViews),
      of: t("ofViews"),
    },
    {
      key: "orders",
      label: t("orders"),
      now: current.orders,
      before: previous.orders,
      rate: rate(current.orders, current.addToCarts),
      of: t("ofAddToCarts"),
    },
  ];
  const overall = rate(current.orders, current.productViews);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-zinc-600">
        <span className="text-2xl font-bold tabular-nums text-zinc-950">{percent(overall)}</span> {t("overall")}
      </p>
      <ol className="flex flex-col gap-3">
        {steps.map((s) => {
          const width = current.productViews > 0 ? Math.max(2, Math.round((s.now / current.productViews) * 100)) : 2;
          return (
            <li key={s.key} className="flex flex-col gap-1">
              <div className="flex items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">{s.label}</span>
                <span className="tabular-nums">
                  <span className="font-semibold">{formatCount(s.now, locale)}</span>
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
