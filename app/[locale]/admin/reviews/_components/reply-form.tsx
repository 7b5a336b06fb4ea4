"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveReviewReplyAction } from "@/lib/reviews/admin/actions";
import { REPLY_MAX_LENGTH } from "@/lib/reviews/admin/schema";

/**
 * The store's public reply under a review, behind a disclosure (`summary`): write, edit (the saved
 * text is prefilled) and save. The disclosure stays open once the form has answered, so a reply
 * sent before the page's scripts ran (the page reloads with the answer) still shows it.
 */
export function ReplyForm({ reviewId, reply, summary }: { reviewId: number; reply: string | null; summary: string }) {
  const t = useTranslations("adminReviews.reply");
  const [state, action] = useActionState(saveReviewReplyAction, initialActionState);
  const error = state.fieldErrors?.reply;
  return (
    <details className="group" open={state !== initialActionState || undefined}>
      <summary className="w-fit cursor-pointer text-sm font-medium underline">{summary}</summary>
      <div className="mt-2 max-w-xl">
        <form action={action} className="flex flex-col gap-2">
          <input type="hidden" name="reviewId" value={reviewId} />
          <TextAreaField
            id={`reply-${reviewId}`}
            name="reply"
            label={t("label")}
            rows={3}
            maxLength={REPLY_MAX_LENGTH}
            className="text-sm"
            defaultValue={state.values?.reply ?? reply ?? ""}
            error={error}
            hint={error ? undefined : t("hint")}
          />
          <FormError>{error ? undefined : state.error}</FormError>
          <FormStatus>{state.message}</FormStatus>
          <div>
            <SubmitButton variant="secondary">{t("save")}</SubmitButton>
          </div>
        </form>
      </div>
    </details>
  );
}
