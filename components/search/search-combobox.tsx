"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
import type { Suggestion } from "@/lib/catalog/types";
import type { RecentSearchesResponse } from "@/app/api/search/recent/route";
import { EmptyBoxOptions } from "./recent-search-options";
import { MagnifierIcon, SEARCH_INPUT_CLASS, SUBMIT_BUTTON_CLASS } from "./search-field";
import { SuggestionOptions } from "./suggestion-options";
import { isSuggestable, navIntent } from "./suggestion-nav";

const DEBOUNCE_MS = 150;

/**
 * Header search field with search-as-you-type suggestions (WAI-ARIA combobox, list
 * autocomplete). Loaded by SearchBox when its plain field is first focused: it
 * starts from what was typed there, and takes the focus over when the field had it.
 */
export function SearchCombobox({ initialQuery, typed, focused }: { initialQuery: string; typed: string; focused: boolean }) {
  const router = useRouter();
  const t = useTranslations("search.box");
  const locale = usePageLocale();
  const countMessage = (n: number) => t("count", { count: n });
  const id = useId();
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);
  const [query, setQuery] = useState(typed);
  const [seenInitial, setSeenInitial] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  // The empty box's recent and popular searches, fetched when it is focused empty (never with the page).
  const [recent, setRecent] = useState<RecentSearchesResponse | null>(null);
  const asking = useRef(false);

  if (initialQuery !== seenInitial) {
    setSeenInitial(initialQuery);
    setQuery(initialQuery);
  }

  const empty = query.trim() === "";
  const emptyItems = recent ? [...recent.recent, ...recent.popular] : [];
  const expanded = open && (empty ? emptyItems.length > 0 : suggestions !== null);
  // the suggestions plus the "Search for" row, or the empty box's searches
  const count = empty ? emptyItems.length : suggestions ? suggestions.length + 1 : 0;

  function cancel() {
    clearTimeout(timer.current);
    inflight.current?.abort();
    inflight.current = null;
  }

  function close() {
    setOpen(false);
    setActive(-1);
    setStatus("");
  }

  useEffect(() => cancel, []);

  // Taking over from the plain field: the focus (before the browser can hand a keystroke to the page), the caret at the end, and suggestions for what was typed there.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!focused || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    if (isSuggestable(typed.trim())) onChange(typed);
    // Once, on mount: later focus and typing go through the handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [id, expanded, active]);

  async function load(q: string) {
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    try {
      const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}&locale=${encodeURIComponent(locale)}`, {
        signal: controller.signal,
      });
      if (!res.ok) throw new Error(`suggest: HTTP ${res.status}`);
      const data = (await res.json()) as { suggestions?: Suggestion[] };
      if (inflight.current !== controller) return; // superseded while the body was read
      const list = Array.isArray(data.suggestions) ? data.suggestions : [];
      setSuggestions(list);
      setActive(-1);
      if (document.activeElement === inputRef.current) {
        setOpen(true);
        setStatus(countMessage(list.length));
      }
    } catch {
      if (inflight.current === controller) {
        setSuggestions(null);
        close();
      }
    } finally {
      if (inflight.current === controller) inflight.current = null;
    }
  }

  function onChange(value: string) {
    setQuery(value);
    setActive(-1);
    cancel();
    const q = value.trim();
    if (!isSuggestable(q)) {
      setSuggestions(null);
      close();
      if (q === "") showEmpty();
      return;
    }
    timer.current = setTimeout(() => void load(q), DEBOUNCE_MS);
  }

  async function loadRecent() {
    try {
      const res = await fetch("/api/search/recent");
      if (!res.ok) throw new Error(`recent: HTTP ${res.status}`);
      const data = (await res.json()) as RecentSearchesResponse;
      setRecent({ recent: data.recent ?? [], popular: data.popular ?? [] });
      if (document.activeElement === inputRef.current) setOpen(true);
    } catch {
      // nothing to show: the box works as before
    } finally {
      asking.current = false;
    }
  }

  function onFocus() {
    if (query.trim() === "") showEmpty();
  }

  function showEmpty() {
    if (recent) setOpen(true); // what it showed last time, refreshed below (a search since may have added one)
    if (!asking.current) {
      asking.current = true;
      void loadRecent();
    }
  }

  async function forget(q: string | null) {
    const res = await fetch(q === null ? "/api/search/recent" : `/api/search/recent?q=${encodeURIComponent(q)}`, { method: "DELETE" });
    if (!res.ok) return setStatus(t("historyFailed"));
    setRecent((r) => r && { ...r, recent: q === null ? [] : r.recent.filter((x) => x !== q) });
    setActive(-1);
    setStatus(q === null ? t("historyCleared") : t("removedFromHistory", { query: q }));
    inputRef.current?.focus();
  }

  function choose(index: number) {
    if (empty) {
      const q = emptyItems[index];
      if (!q) return;
      cancel();
      close();
      setQuery(q);
      return router.push(`/search?${new URLSearchParams({ q })}`);
    }
    const s = suggestions?.[index];
    if (!s) return formRef.current?.requestSubmit(); // the "Search for" row
    cancel();
    close();
    router.push(s.url);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault(); // without JS the browser does the same GET /search?q=…
    cancel();
    close();
    router.push(`/search?${new URLSearchParams({ q: query.trim() })}`);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const composing = e.nativeEvent.isComposing || e.keyCode === 229;
    if (empty && expanded && e.key === "Delete" && active >= 0 && active < (recent?.recent.length ?? 0)) {
      e.preventDefault();
      return void forget(recent!.recent[active]!);
    }
    if (empty && e.key === "Tab") return; // Tab reaches the remove buttons of the open list
    const intent = navIntent(e.key, { open: expanded, active, count, hasText: query !== "" }, composing);
    if (intent.type === "none") return;
    if (e.key !== "Tab") e.preventDefault();
    if (intent.type === "highlight") {
      if (!expanded && suggestions) setStatus(countMessage(suggestions.length));
      setOpen(true);
      setActive(intent.index);
    } else if (intent.type === "choose") choose(intent.index);
    else if (intent.type === "close") close();
    else {
      onChange("");
    }
  }

  function onBlur(e: FocusEvent<HTMLFormElement>) {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close(); // clicked or tabbed outside
  }

  return (
    <form
      ref={formRef}
      role="search"
      action={localizePath("/search", locale)}
      method="get"
      onSubmit={onSubmit}
      onBlur={onBlur}
      className="relative w-full"
    >
      <input
        ref={inputRef}
        type="search"
        name="q"
        role="combobox"
        aria-label={t("label")}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onClick={() => !expanded && onFocus()}
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
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        onMouseDown={(e) => e.preventDefault()} // keep focus (and the caret) in the input
        className="absolute inset-x-0 top-full z-50 mt-2 max-h-[70vh] overflow-y-auto rounded-xl border border-zinc-200 bg-white py-1 shadow-lg"
      >
        {empty && recent && <EmptyBoxOptions recent={recent} active={active} optionId={optionId} choose={choose} forget={forget} />}
        {!empty && suggestions && (
          <SuggestionOptions suggestions={suggestions} query={query} active={active} optionId={optionId} choose={choose} />
        )}
      </ul>
      <div role="status" aria-live="polite" className="sr-only">
        {status}
      </div>
    </form>
  );
}
