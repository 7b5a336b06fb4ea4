import { useTranslations } from "next-intl";
import type { RecentSearchesResponse } from "@/app/api/search/recent/route";

/** One option row of the suggestions list. */
export const OPTION_ROW_CLASS = "cursor-pointer text-sm text-zinc-900 hover:bg-zinc-50 aria-selected:bg-zinc-100";
const ROW = OPTION_ROW_CLASS;

const HEADING = "flex items-center justify-between px-4 pt-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase";

/** The empty box: the shopper's recent searches (each removable) and the week's popular searches. */
export function EmptyBoxOptions({
  recent,
  active,
  optionId,
  choose,
  forget,
}: {
  recent: RecentSearchesResponse;
  active: number;
  optionId: (i: number) => string;
  choose: (i: number) => void;
  forget: (q: string | null) => Promise<void>;
}) {
  const t = useTranslations("search.box");
  const offset = recent.recent.length;
  return (
    <>
      {offset > 0 && (
        <li role="presentation">
          <div className={HEADING}>
            <span>{t("recent")}</span>
            <button
              type="button"
              onClick={() => void forget(null)}
              className="rounded px-1 text-xs font-medium tracking-normal text-zinc-700 normal-case underline outline-zinc-900 focus-visible:outline-2"
            >
              {t("clearHistory")}
            </button>
          </div>
        </li>
      )}
      {recent.recent.map((q, i) => (
        <li key={`r:${q}`} role="presentation" className="flex items-center">
          <div
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onClick={() => choose(i)}
            className={`${ROW} min-w-0 flex-1 truncate px-4 py-2`}
          >
            {q}
          </div>
          <button
            type="button"
            aria-label={t("removeFromHistory", { query: q })}
            onClick={() => void forget(q)}
            className="mr-2 flex h-8 w-8 flex-none items-center justify-center rounded-full text-zinc-500 outline-zinc-900 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {recent.popular.length > 0 && (
        <li role="presentation" className={HEADING}>
          {t("popular")}
        </li>
      )}
      {recent.popular.map((q, i) => (
        <li
          key={`p:${q}`}
          id={optionId(offset + i)}
          role="option"
          aria-selected={offset + i === active}
          onClick={() => choose(offset + i)}
          className={`${ROW} truncate px-4 py-2`}
        >
          {q}
        </li>
      ))}
    </>
  );
}
