"use client";

import { useTranslations } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";
import { formatCountdown } from "@/lib/promotions/flash-sale-time";
import { serverSeconds, subscribeClock, syncClock } from "./server-clock";

/**
 * "Ends in 12:34", updated every second on the server's clock. Renders nothing
 * without JavaScript: the `<time>` beside it says when, in words. Hidden from
 * screen readers, which would otherwise read it every second inside a live
 * region (the product page's price); the `<time>` is what they read.
 */
export function Countdown({ until, kind, serverNow }: { until: string; kind: "ends" | "starts"; serverNow?: string }) {
  const t = useTranslations("deals.time");
  useEffect(() => syncClock(serverNow), [serverNow]);
  const now = useSyncExternalStore(subscribeClock, serverSeconds, () => null);
  if (now === null) return null;
  const left = Date.parse(until) - now * 1000;
  const time = formatCountdown(left, t("dayUnit"));
  const text = left > 0 ? (kind === "ends" ? t("endsIn", { time }) : t("startsIn", { time })) : t(kind === "ends" ? "ended" : "started");
  return (
    <span aria-hidden="true" className="font-mono tabular-nums">
      {text}
    </span>
  );
}
