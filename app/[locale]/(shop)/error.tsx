"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Shown when a page fails: no internals, a way forward, and a reference for support. */
export default function ShopError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("layout.error");
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-zinc-600">{t("body")}</p>
      {error.digest && <p className="font-mono text-xs text-zinc-500">{t("reference", { digest: error.digest })}</p>}
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded-full bg-zinc-900 px-4 py-2 text-white">
          {t("retry")}
        </button>
        <Link href="/" className="rounded-full border border-zinc-300 px-4 py-2">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
