import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PRESETS, type Preset, type DateRange } from "@/lib/analytics/range";

const chip =
  "rounded-full border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 aria-[current=page]:border-zinc-900 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white";

/** Presets as links and a custom From/To as a GET form: both work without JavaScript. */
export async function DashboardRangePicker({ range, preset, action }: { range: DateRange; preset: Preset | null; action: string }) {
  const t = await getTranslations("adminDashboard.picker");
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <nav aria-label={t("presets")}>
        <ul className="flex flex-wrap gap-2">
          {PRESETS.map((p) => (
            <li key={p}>
              <Link href={`/admin?range=${p}`} aria-current={preset === p ? "page" : undefined} className={chip}>
                {t("preset", { days: p })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={action} aria-label={t("custom")} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs font-medium text-zinc-600">
          {t("from")}
          <input
            type="date"
            name="from"
            required
            defaultValue={range.from}
            className="mt-0.5 rounded-lg border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900"
          />
        </label>
        <label className="flex flex-col text-xs font-medium text-zinc-600">
          {t("to")}
          <input
            type="date"
            name="to"
            required
            defaultValue={range.to}
            className="mt-0.5 rounded-lg border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900"
          />
        </label>
        <button type="submit" className="rounded-full border border-zinc-400 bg-white px-4 py-1.5 text-sm font-medium hover:bg-zinc-100">
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
