"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useId, useRef, useState, useTransition } from "react";
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

  /** The field has the focus and holds `value`: load the combobox, which takes both over. */
  function arm(value: string) {
    setFocused(true);
    setTyped(value);
    if (armed) return;
    // A transition keeps this field (and its focus) on screen while the code loads. Its render can
    // come before the updates above (when the page is just hydrating), so it carries them too.
    startTransition(() => {
      setFocused(true);
      setTyped(value);
      setArmed(true);
    });
  }

  const plain = <PlainSearchForm query={typed} onArm={arm} onBlur={() => setFocused(false)} />;
  return (
    <Suspense fallback={plain}>{armed ? <SearchCombobox initialQuery={initialQuery} typed={typed} focused={focused} /> : plain}</Suspense>
  );
}

function PlainSearchForm({ query, onArm, onBlur }: { query: string; onArm: (value: string) => void; onBlur: () => void }) {
  const listId = `${useId()}-listbox`;
  const t = useTranslations("search.box");
  const locale = usePageLocale();
  const ref = useRef<HTMLInputElement>(null);
  // The shopper may have focused the field and typed before the page's JavaScript ran: take what is
  // in it and load the suggestions for it now, as a focus would have.
  useEffect(() => {
    const input = ref.current;
    if (!input || document.activeElement !== input) return;
    onArm(input.value);
    // Once, when the page comes alive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <form role="search" action={localizePath("/search", locale)} method="get" className="relative w-full">
      <input
        ref={ref}
        type="search"
        name="q"
        role="combobox"
        aria-label={t("label")}
        aria-autocomplete="list"
        aria-expanded={false}
        aria-controls={listId}
        value={query}
        // Typing also loads the suggestions: the field may have had the focus before the page's JavaScript ran.
        onChange={(e) => onArm(e.target.value)}
        onFocus={(e) => onArm(e.currentTarget.value)}
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
