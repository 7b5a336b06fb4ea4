"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { voteHelpfulAction, type HelpfulVoteState } from "@/lib/reviews/actions";

/** `Helpful` under a review: one vote per signed-in shopper, counted on the server. */
export function HelpfulButton({ reviewId, count, voted }: { reviewId: number; count: number; voted: boolean }) {
  const [state, action, pending] = useActionState(voteHelpfulAction, {} as HelpfulVoteState);
  const t = useTranslations("reviews");
  const shown = state.helpfulCount ?? count;
  const done = voted || state.ok;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="reviewId" value={reviewId} />
      <button
        type="submit"
        disabled={pending || done}
        aria-pressed={done}
        className="rounded-full border border-zinc-400 px-3 py-1 font-medium hover:bg-zinc-50 disabled:opacity-60"
      >
        {t("helpful")}
      </button>
      <span className="text-zinc-600">{t("foundHelpful", { count: shown })}</span>
      {state.message && (
        <span role="status" className="text-emerald-800">
          {state.message}
        </span>
      )}
      {state.error && (
        <span role="alert" className="text-rose-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
