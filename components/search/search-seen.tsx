"use client";

import { useEffect } from "react";

/** Tells the server a search results page was shown (cached pages cannot), once per query shown. */
export function SearchSeen({ q }: { q: string }) {
  useEffect(() => {
    void fetch("/api/search/seen", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ q }),
      keepalive: true,
    }).catch(() => {});
  }, [q]);
  return null;
}
