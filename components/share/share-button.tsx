"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { localizePath } from "@/lib/i18n/locales";
import { usePageLocale } from "@/lib/i18n/use-page-locale";

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";
const noSubscribe = () => () => {};

type Props = {
  /** the page's title, passed to the share sheet */
  title: string;
  /** a path (e.g. the product's canonical /p/<slug>) … */
  path?: string;
  /** … or a route that answers POST with { path } of a link it has just created (a shared cart or favourites) */
  createAt?: string;
};

/** `Share` through the Web Share API where the browser has it, otherwise `Copy link` with a "Link copied" status. */
export function ShareButton({ title, path, createAt }: Props) {
  const t = useTranslations("share.button");
  const locale = usePageLocale();
  const share = useSyncExternalStore(noSubscribe, canShare, () => false);
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  async function linkToShare(): Promise<string | null> {
    if (path) return new URL(localizePath(path, locale), location.origin).href;
    const res = await fetch(createAt!, { method: "POST" });
    const data = (await res.json().catch(() => ({}))) as { path?: string; error?: string };
    if (!res.ok || !data.path) {
      setError(data.error ?? t("failed"));
      return null;
    }
    return new URL(localizePath(data.path, locale), location.origin).href;
  }

  async function onClick() {
    setBusy(true);
    setStatus("");
    setError("");
    try {
      const url = await linkToShare();
      if (!url) return;
      setLink(url);
      if (share) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (e) {
          if (e instanceof DOMException && e.name === "AbortError") return; // the shopper closed the sheet
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        setStatus(t("copied"));
      } catch {
        setStatus(t("copyThis"));
      }
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-1 text-sm">
      <button
        type="button"
        onClick={() => void onClick()}
        disabled={busy}
        aria-busy={busy || undefined}
        className="inline-flex w-fit items-center gap-2 rounded-full border border-zinc-400 bg-white px-4 py-2 font-medium text-zinc-900 hover:bg-zinc-50 disabled:opacity-60"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13" />
        </svg>
        {share ? t("share") : t("copyLink")}
      </button>
      <div role="status" className="text-emerald-800 empty:hidden">
        {status}
      </div>
      {link && status && (
        <input
          readOnly
          aria-label={t("sharedLink")}
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full max-w-sm rounded-md border border-zinc-300 px-2 py-1 text-xs text-zinc-700"
        />
      )}
      {error && (
        <p role="alert" className="text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
