"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useId, useState, useTransition } from "react";
import { localizePath } from "@/lib/i18n/locales";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
import { MagnifierIcon, SEARCH_INPUT_CLASS, SUBMIT_BUTTON_CLASS } from "./search-field";

// The suggestions' code (fetching, keyboard navigation, recent searches) is fetched on the field's first focus, not with every page.
const SearchCombobox = lazy(() => import("./search-combobox").then((m) => ({ default: m.SearchCombobox })));

/**
 * The header's search field. Until it is first focused it is a plain GET form
 * (which is also what works without JavaScript); focusing it loads the
 * suggestion combobox, which replaces it with what was typed and the focus.
 */
export function SearchBox({ initialQuery = "" }: { initialQuery?: string }) {
  const [armed, setArmed] = useState(false);
  const [, startTransition] = useTransition();
  const [typed, setTyped] = useState(initialQuery);
  const [focused, setFocused] = useState(false);
  const [seenInitial, setSeenInitial] = useState(initialQuery);
  if (initialQuery !== seenInitial) {
    setSeenInitial(initialQuery);
    setTyped(initialQuery);
  }

  function arm() {
    setFocused(true);
    // A transition keeps this field (and its focus) on screen while the code loads.
    if (!armed) startTransition(() => setArmed(true));
  }

  const plain = <PlainSearchForm query={typed} onQuery={setTyped} onFocus={arm} onBlur={() => setFocused(false)} />;
  return (
    <Suspense fallback={plain}>{armed ? <SearchCombobox initialQuery={initialQuery} typed={typed} focused={focused} /> : plain}</Suspense>
  );
}

function PlainSearchForm({
  query,
  onQuery,
  onFocus,
  onBlur,
}: {
  query: string;
  onQuery: (q: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}) {
  const listId = `${useId()}-listbox`;
  const t = useTranslations("search.box");
  const locale = usePageLocale();
  return (
    <form role="search" action={localizePath("/search", locale)} method="get" className="relative w-full">
      <input
        type="search"
        name="q"
        role="combobox"
        aria-label={t("label")}
        aria-autocomplete="list"
        aria-expanded={false}
        aria-controls={listId}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          // Typing also loads the suggestions: the field may have had the focus before the page's JavaScript ran.
          onFocus();
        }}
        onFocus={onFocus}
        onBlur={onBlur}
        placeholder={t("placeholder")}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        className={SEARCH_INPUT_CLASS}
      />
      <button type="submit" aria-label={t("submit")} className={SUBMIT_BUTTON_CLASS}>
        <MagnifierIcon className="h-5 w-5" />
      </button>
      <ul id={listId} role="listbox" aria-label={t("suggestions")} hidden />
    </form>
  );
}
