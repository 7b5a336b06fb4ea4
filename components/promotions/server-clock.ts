"use client";

/**
 * The server's clock in the browser, ticking once a second for every countdown
 * on the page. The offset (server − browser) comes from a `now` the server
 * rendered into a page made for this request, or else (a cached page) from
 * /api/time, asked once per page load.
 */
let offset = 0;
let synced: "no" | "pending" | "yes" = "no";
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
const notify = () => listeners.forEach((l) => l());

export function subscribeClock(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(notify, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Server time in whole seconds (a stable snapshot between ticks). */
export const serverSeconds = () => Math.floor((Date.now() + offset) / 1000);

/** Sets the offset from `serverNow` (ISO, rendered for this request) or, without it, from /api/time. */
export function syncClock(serverNow?: string) {
  if (synced === "yes") return;
  if (serverNow) {
    offset = Date.parse(serverNow) - Date.now();
    synced = "yes";
    notify();
    return;
  }
  if (synced === "pending") return;
  synced = "pending";
  const sent = Date.now();
  fetch("/api/time", { cache: "no-store" })
    .then((r) => r.json() as Promise<{ now: string }>)
    .then(({ now }) => {
      const received = Date.now();
      // the server read its clock about halfway through the round trip
      offset = Date.parse(now) + (received - sent) / 2 - received;
      synced = "yes";
      notify();
    })
    .catch(() => {
      synced = "no"; // the browser's clock meanwhile; the next countdown tries again
    });
}
