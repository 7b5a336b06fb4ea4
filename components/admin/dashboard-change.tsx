import { getTranslations } from "next-intl/server";
import { compare } from "@/lib/analytics/range";

/**
 * The change on the previous period, in words ("Up 12% on the previous 30 days")
 * with an arrow; the colour only repeats what the words say. `higherIsBetter`
 * false (refunds) turns the colours round.
 */
export async function DashboardChange({
  current,
  previous,
  days,
  higherIsBetter = true,
}: {
  current: number;
  previous: number;
  days: number;
  higherIsBetter?: boolean;
}) {
  const t = await getTranslations("adminDashboard.change");
  const change = compare(current, previous);
  const up = change.direction === "up" || change.direction === "new";
  const down = change.direction === "down";
  const good = (up && higherIsBetter) || (down && !higherIsBetter);
  const bad = (down && higherIsBetter) || (up && !higherIsBetter);
  const tone = good ? "text-emerald-700" : bad ? "text-rose-700" : "text-zinc-600";
  return (
    <p className={`flex items-center gap-1 text-sm ${tone}`}>
      <span aria-hidden="true">{up ? "▲" : down ? "▼" : "–"}</span>
      {/* messages: adminDashboard.change.* */}
      {t(change.direction, { percent: String(change.percent ?? 0), days })}
    </p>
  );
}
