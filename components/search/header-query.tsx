"use client";

import { useEffect, useSyncExternalStore } from "react";

/*
 * The query of the search page on screen, for the header's search box. The header sits in the
 * layout, which is not told a page's search parameters, and reading them there (useSearchParams)
 * would make the header render only in the browser on cached pages: its server HTML would be
 * replaced on hydration, losing what a shopper typed in it meanwhile. So the search page says it.
 */
let current = "";
const listeners = new Set<() => void>();

function publish(q: string) {
  if (q === current) return;
  current = q;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Rendered by the search page: its query shows in the header's search box while the page is on screen. */
export function HeaderQuery({ q }: { q: string }) {
  useEffect(() => {
    publish(q);
    return () => publish("");
  }, [q]);
  return null;
}

/** The search page's query, or "" on other pages (and in the server's HTML). */
export function useHeaderQuery(): string {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => "",
  );
}
