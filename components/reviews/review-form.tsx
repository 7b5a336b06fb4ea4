"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { submitReviewAction } from "@/lib/reviews/actions";
import { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH } from "@/lib/reviews/rules";

/** Rating, text and "Post anonymously" for one purchased line. */
export function ReviewForm({ lineId, returnTo }: { lineId: number; returnTo: string }) {
  const t = useTranslations("reviewForm");
  const [state, action] = useActionState(submitReviewAction, initialActionState);
  const err = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-xl flex-col gap-5" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="orderLineId" value={lineId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <fieldset aria-describedby={err.rating ? "rating-error" : undefined} className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("rating")}</legend>
        <div className="flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="cursor-pointer">
              <input
                type="radio"
                name="rating"
                value={n}
                required
                defaultChecked={state.values?.rating === String(n)}
                className="peer sr-only"
              />
              <span className="block rounded-lg border border-zinc-300 px-3 py-2 text-sm peer-checked:border-zinc-900 peer-checked:bg-zinc-900 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-zinc-900">
                <span aria-hidden="true">{"★".repeat(n)} </span>
                {t("stars", { count: n })}
              </span>
            </label>
          ))}
        </div>
        {err.rating && (
          <p id="rating-error" className="text-sm text-rose-700">
            {err.rating}
          </p>
        )}
      </fieldset>
      <TextAreaField
        id="review-body"
        name="body"
        label={t("review")}
        rows={6}
        required
        minLength={REVIEW_MIN_LENGTH}
        maxLength={REVIEW_MAX_LENGTH}
        defaultValue={state.values?.body}
        error={err.body}
        hint={t("hint", { min: REVIEW_MIN_LENGTH, max: REVIEW_MAX_LENGTH })}
      />
      <div className="flex items-center gap-2">
        <input id="anonymous" name="anonymous" type="checkbox" defaultChecked={state.values?.anonymous === "on"} className="h-4 w-4" />
        <label htmlFor="anonymous" className="text-sm">
          {t("anonymous")}
        </label>
      </div>
      <div>
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
