"use client";

import { useState, useSyncExternalStore } from "react";

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
  const share = useSyncExternalStore(noSubscribe, canShare, () => false);
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  async function linkToShare(): Promise<string | null> {
    if (path) return new URL(path, location.origin).href;
    const res = await fetch(createAt!, { method: "POST" });
    const data = (await res.json().catch(() => ({}))) as { path?: string; error?: string };
    if (!res.ok || !data.path) {
      setError(data.error ?? "The link could not be made. Please try again.");
      return null;
    }
    return new URL(data.path, location.origin).href;
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
        setStatus("Link copied");
      } catch {
        setStatus("Copy this link:");
      }
    } catch {
      setError("The link could not be made. Please try again.");
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
        {share ? "Share" : "Copy link"}
      </button>
      <div role="status" className="text-emerald-800 empty:hidden">
        {status}
      </div>
      {link && status && (
        <input
          readOnly
          aria-label="Shared link"
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
