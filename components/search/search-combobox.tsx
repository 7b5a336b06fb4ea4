"use client";

import { useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent, type MouseEvent } from "react";
import { useRouter } from "next/navigation";
import type { Suggestion } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/money";
import type { RecentSearchesResponse } from "@/app/api/search/recent/route";
import { countMessage, isSuggestable, navIntent } from "./suggestion-nav";

const DEBOUNCE_MS = 150;

const ROW = "cursor-pointer text-sm text-zinc-900 hover:bg-zinc-50 aria-selected:bg-zinc-100";

function MagnifierIcon({ className }: { className: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.8-3.8" />
    </svg>
  );
}

/** A plain left click: modified clicks (new tab, new window) keep the link's default behaviour. */
const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** Header search field with search-as-you-type suggestions (WAI-ARIA combobox, list autocomplete). */
export function SearchBox({ initialQuery = "" }: { initialQuery?: string }) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);
  const [query, setQuery] = useState(initialQuery);
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

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [id, expanded, active]);

  async function load(q: string) {
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    try {
      const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
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
    if (!res.ok) return setStatus("Your search history could not be changed. Please try again.");
    setRecent((r) => r && { ...r, recent: q === null ? [] : r.recent.filter((x) => x !== q) });
    setActive(-1);
    setStatus(q === null ? "Search history cleared" : `Removed “${q}” from history`);
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
    <form ref={formRef} role="search" action="/search" method="get" onSubmit={onSubmit} onBlur={onBlur} className="relative w-full">
      <input
        ref={inputRef}
        type="search"
        name="q"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onClick={() => !expanded && onFocus()}
        placeholder="Search products"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        className="h-10 w-full rounded-full border border-zinc-300 bg-white pr-11 pl-4 text-base text-zinc-900 outline-zinc-900 placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-offset-2 sm:text-sm"
      />
      <button
        type="submit"
        aria-label="Submit search"
        className="absolute top-1 right-1 flex h-8 w-8 items-center justify-center rounded-full text-zinc-600 outline-zinc-900 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2"
      >
        <MagnifierIcon className="h-5 w-5" />
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        onMouseDown={(e) => e.preventDefault()} // keep focus (and the caret) in the input
        className="absolute inset-x-0 top-full z-50 mt-2 max-h-[70vh] overflow-y-auto rounded-xl border border-zinc-200 bg-white py-1 shadow-lg"
      >
        {empty && recent && <EmptyBoxOptions recent={recent} active={active} optionId={optionId} choose={choose} forget={forget} />}
        {!empty && suggestions?.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected={false} className="px-4 py-2 text-sm text-zinc-500">
            No suggestions
          </li>
        )}
        {!empty &&
          suggestions?.map((s, i) => (
            <li key={`${s.kind}:${s.slug}`} id={optionId(i)} role="option" aria-selected={i === active} className={ROW}>
              <a
                href={s.url}
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
                      <img
                        src={s.imageUrl}
                        alt=""
                        width={40}
                        height={40}
                        className="h-10 w-10 flex-none rounded-md bg-zinc-100 object-cover"
                      />
                    ) : (
                      <span aria-hidden="true" className="h-10 w-10 flex-none rounded-md bg-zinc-100" />
                    )}
                    <span className="min-w-0 flex-1 truncate">{s.title}</span>
                    <span className="flex-none font-medium tabular-nums">{formatMoney(s.price)}</span>
                  </>
                ) : (
                  <>
                    <span className="flex-none rounded-full border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-600">
                      Category<span className="sr-only">:</span>
                    </span>
                    <span className="min-w-0 flex-1 truncate">{s.title}</span>
                  </>
                )}
              </a>
            </li>
          ))}
        {!empty && suggestions && (
          <li id={optionId(count - 1)} role="option" aria-selected={active === count - 1} className={`${ROW} border-t border-zinc-100`}>
            <button type="submit" tabIndex={-1} className="flex w-full items-center gap-3 px-3 py-2 text-left">
              <MagnifierIcon className="h-4 w-4 flex-none text-zinc-500" />
              <span className="min-w-0 flex-1 truncate">Search for “{query.trim()}”</span>
            </button>
          </li>
        )}
      </ul>
      <div role="status" aria-live="polite" className="sr-only">
        {status}
      </div>
    </form>
  );
}

const HEADING = "flex items-center justify-between px-4 pt-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase";

/** The empty box: the shopper's recent searches (each removable) and the week's popular searches. */
function EmptyBoxOptions({
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
  const offset = recent.recent.length;
  return (
    <>
      {offset > 0 && (
        <li role="presentation">
          <div className={HEADING}>
            <span>Recent searches</span>
            <button
              type="button"
              onClick={() => void forget(null)}
              className="rounded px-1 text-xs font-medium tracking-normal text-zinc-700 normal-case underline outline-zinc-900 focus-visible:outline-2"
            >
              Clear search history
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
            aria-label={`Remove ${q} from history`}
            onClick={() => void forget(q)}
            className="mr-2 flex h-8 w-8 flex-none items-center justify-center rounded-full text-zinc-500 outline-zinc-900 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {recent.popular.length > 0 && (
        <li role="presentation" className={HEADING}>
          Popular searches
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
