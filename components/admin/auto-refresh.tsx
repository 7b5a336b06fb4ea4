"use client";

import { useRouter } from "@/lib/i18n/navigation";
import { useEffect } from "react";

/** Re-renders the page from the server every `seconds` while it is shown (e.g. until an export is ready); renders nothing. */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
