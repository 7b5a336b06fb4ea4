"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useEffect, useState, useTransition } from "react";
import { toggleFavouriteAction } from "@/lib/shopper-lists/actions";

type State = { signedIn: boolean; favourite: boolean };

/**
 * `Add to favourites` / `Remove from favourites` (aria-pressed). The page is
 * cached HTML for everyone, so the shopper's state is fetched here; guests are
 * sent to sign in and come back.
 */
export function FavouriteToggle({ productId, slug }: { productId: number; slug: string }) {
  const t = useTranslations("product.favourites");
  const router = useRouter();
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const signInHref = `/sign-in?next=${encodeURIComponent(`/p/${slug}`)}`;

  useEffect(() => {
    const controller = new AbortController();
    // If the state cannot be read, the button still works: the action itself says when to sign in.
    const unknown: State = { signedIn: true, favourite: false };
    fetch(`/api/me/favourites/${productId}`, { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<State>) : unknown))
      .then(setState)
      .catch(() => controller.signal.aborted || setState(unknown));
    return () => controller.abort();
  }, [productId]);

  const favourite = state?.favourite ?? false;

  function toggle() {
    if (state && !state.signedIn) return router.push(signInHref);
    setError(null);
    startTransition(async () => {
      const result = await toggleFavouriteAction(productId, !favourite);
      if (result.ok) setState({ signedIn: true, favourite: result.favourite });
      else if (result.signIn) router.push(signInHref);
      else setError(result.error);
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={toggle}
        // Until the shopper's state is known (and the page is interactive) a click could not do the right thing.
        disabled={pending || !state}
        aria-pressed={favourite}
        className="inline-flex w-fit items-center gap-2 rounded-full border border-zinc-400 px-4 py-2 text-sm font-medium hover:bg-zinc-50 disabled:opacity-60"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill={favourite ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M12 20.5s-7.5-4.6-9.3-9.2C1.4 8 3.4 4.5 7 4.5c2 0 3.6 1.1 5 3 1.4-1.9 3-3 5-3 3.6 0 5.6 3.5 4.3 6.8-1.8 4.6-9.3 9.2-9.3 9.2z" />
        </svg>
        {favourite ? t("remove") : t("add")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
