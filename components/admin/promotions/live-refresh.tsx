"use client";

import { useRouter } from "@/lib/i18n/navigation";
import { useEffect } from "react";

/** Re-reads the page every `seconds` while it is visible (sold counts of running flash sales); without JavaScript, reload. */
export function LiveRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
