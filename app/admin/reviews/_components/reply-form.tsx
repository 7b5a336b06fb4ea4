"use client";

import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveReviewReplyAction } from "@/lib/reviews/admin/actions";
import { REPLY_MAX_LENGTH } from "@/lib/reviews/admin/schema";

/** The store's public reply under a review: write, edit (the saved text is prefilled) and save. */
export function ReplyForm({ reviewId, reply }: { reviewId: number; reply: string | null }) {
  const [state, action] = useActionState(saveReviewReplyAction, initialActionState);
  const id = `reply-${reviewId}`;
  const error = state.fieldErrors?.reply;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <label htmlFor={id} className="text-sm font-medium">
        Reply
      </label>
      <textarea
        id={id}
        name="reply"
        rows={3}
        maxLength={REPLY_MAX_LENGTH}
        defaultValue={state.values?.reply ?? reply ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        className="w-full rounded-lg border border-zinc-400 px-3 py-2 text-sm"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-sm text-zinc-600">
          Shown publicly under the review as the store&apos;s reply, as plain text.
        </p>
      )}
      <FormError>{error ? undefined : state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <div>
        <SubmitButton variant="secondary">Save reply</SubmitButton>
      </div>
    </form>
  );
}
