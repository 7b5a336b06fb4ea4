import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { InlineAction } from "@/components/admin/inline-action";
import type { BannerRow } from "@/db/schema";
import { deleteBannerAction, moveBannerAction } from "@/lib/content/actions";
import { bannerState } from "@/lib/content/rules";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { intlLocale } from "@/lib/money";

const LOOKS = {
  live: "bg-emerald-100 text-emerald-900",
  scheduled: "bg-sky-100 text-sky-900",
  ended: "bg-zinc-200 text-zinc-700",
  off: "bg-zinc-200 text-zinc-700",
} as const;

/** The banners in home-page order, with their state now and the actions on each. */
export async function BannerList({ banners, now }: { banners: BannerRow[]; now: Date }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("adminContent.list")]);
  const when = new Intl.DateTimeFormat(locale === DEFAULT_LOCALE ? "en-GB" : intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const schedule = (b: BannerRow): string => {
    if (!b.startsAt && !b.endsAt) return t("always");
    const from = b.startsAt ? when.format(b.startsAt) : t("now");
    return b.endsAt ? t("between", { from, to: when.format(b.endsAt) }) : t("from", { from });
  };
  return (
    <ol aria-label={t("label")} className="flex flex-col gap-3">
      {banners.map((b, i) => {
        const state = bannerState(b, now);
        return (
          <li key={b.id}>
            <article aria-label={b.title} className="flex flex-wrap items-center gap-4 rounded-xl border border-zinc-200 bg-white p-3">
              <img src={b.imageUrl} alt="" width={160} height={60} className="h-16 w-40 flex-none rounded-lg bg-zinc-100 object-cover" />
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  {i + 1}. {b.title}{" "}
                  <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${LOOKS[state]}`}>{t(`state.${state}`)}</span>
                </p>
                {b.subtitle && <p className="truncate text-sm text-zinc-600">{b.subtitle}</p>}
                <p className="text-sm text-zinc-600">
                  <span className="break-all">{b.linkUrl}</span> · {schedule(b)}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/admin/content/${b.id}`}
                  aria-label={t("editLabel", { title: b.title })}
                  className="rounded-full border border-zinc-400 px-4 py-2.5 font-medium hover:bg-zinc-50"
                >
                  {t("edit")}
                </Link>
                {i > 0 && <InlineAction action={moveBannerAction} fields={{ id: String(b.id), direction: "up" }} label={t("moveUp")} />}
                {i < banners.length - 1 && (
                  <InlineAction action={moveBannerAction} fields={{ id: String(b.id), direction: "down" }} label={t("moveDown")} />
                )}
                <InlineAction action={deleteBannerAction} fields={{ id: String(b.id) }} label={t("delete")} />
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
