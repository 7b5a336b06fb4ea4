"use client";

import { Link } from "@/lib/i18n/navigation";

/** Shown when a page fails: no internals, a way forward, and a reference for support. */
export default function ShopError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="text-zinc-600">Please try again in a moment. If it keeps happening, tell us the reference below.</p>
      {error.digest && <p className="font-mono text-xs text-zinc-500">Reference: {error.digest}</p>}
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded-full bg-zinc-900 px-4 py-2 text-white">
          Try again
        </button>
        <Link href="/" className="rounded-full border border-zinc-300 px-4 py-2">
          Home
        </Link>
      </div>
    </div>
  );
}
