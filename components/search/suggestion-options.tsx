import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { localizePath } from "@/lib/i18n/locales";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
import type { Suggestion } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/money";
import { OPTION_ROW_CLASS as ROW } from "./recent-search-options";
import { MagnifierIcon } from "./search-field";

/** A plain left click: modified clicks (new tab, new window) keep the link's default behaviour. */
const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** The typed query's options: products and categories, then a "Search for" row (the last index). */
export function SuggestionOptions({
  suggestions,
  query,
  active,
  optionId,
  choose,
}: {
  suggestions: Suggestion[];
  query: string;
  active: number;
  optionId: (i: number) => string;
  choose: (i: number) => void;
}) {
  const t = useTranslations("search.box");
  const locale = usePageLocale();
  const count = suggestions.length + 1;
  return (
    <>
      {suggestions.length === 0 && (
        <li role="option" aria-disabled="true" aria-selected={false} className="px-4 py-2 text-sm text-zinc-500">
          {t("count", { count: 0 })}
        </li>
      )}
      {suggestions.map((s, i) => (
        <li key={`${s.kind}:${s.slug}`} id={optionId(i)} role="option" aria-selected={i === active} className={ROW}>
          <a
            href={localizePath(s.url, locale)}
            tabIndex={-1}
            onClick={(e) => {
              if (!isPlainClick(e)) return;
              e.preventDefault();
              choose(i);
            }}
            className="flex items-center gap-3 px-3 py-2"
          >
            {s.kind === "product" ? (
              <>
                {s.imageUrl ? (
                  <img src={s.imageUrl} alt="" width={40} height={40} className="h-10 w-10 flex-none rounded-md bg-zinc-100 object-cover" />
                ) : (
                  <span aria-hidden="true" className="h-10 w-10 flex-none rounded-md bg-zinc-100" />
                )}
                <span className="min-w-0 flex-1 truncate">{s.title}</span>
                <span className="flex-none font-medium tabular-nums">{formatMoney(s.price, locale)}</span>
              </>
            ) : (
              <>
                <span className="flex-none rounded-full border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-600">
                  {t("category")}
                  <span className="sr-only">:</span>
                </span>
                <span className="min-w-0 flex-1 truncate">{s.title}</span>
              </>
            )}
          </a>
        </li>
      ))}
      {
        <li id={optionId(count - 1)} role="option" aria-selected={active === count - 1} className={`${ROW} border-t border-zinc-100`}>
          <button type="submit" tabIndex={-1} className="flex w-full items-center gap-3 px-3 py-2 text-left">
            <MagnifierIcon className="h-4 w-4 flex-none text-zinc-500" />
            <span className="min-w-0 flex-1 truncate">{t("searchFor", { query: query.trim() })}</span>
          </button>
        </li>
      }
    </>
  );
}
